package io.litmine.annotators.model;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.FeatureFactory;
import edu.stanford.nlp.util.PaddedList;
import java.util.Arrays;
import java.util.List;

/**
 * Viterbi decoding of a linear-chain CRF ({@link CrfWeights}) over {@link MentionFeatures}: the best
 * label sequence maximises the sum of token and transition weights of the features that fire, the
 * label before the sentence being the background label, as in CoreNLP's own decoder (the trainer
 * checks that both agree). Stateless and thread-safe.
 */
final class CrfDecoder {

    private final CrfWeights weights;
    private final MentionFeatures features = new MentionFeatures();
    private final CoreLabel pad = new CoreLabel();

    CrfDecoder(CrfWeights weights) {
        this.weights = weights;
    }

    String[] labels() {
        return weights.labels();
    }

    /** The best label (index into {@link CrfWeights#labels()}) of each token. */
    int[] decode(List<CoreLabel> sentence) {
        int length = sentence.size();
        int n = weights.size();
        if (length == 0) {
            return new int[0];
        }
        PaddedList<CoreLabel> padded = new PaddedList<>(sentence, pad);
        double[][] best = new double[length][n];
        int[][] back = new int[length][n];
        double[] token = new double[n];
        double[] transition = new double[n * n];
        for (int i = 0; i < length; i++) {
            sum(features.getCliqueFeatures(padded, i, FeatureFactory.cliqueC), token);
            sum(features.getCliqueFeatures(padded, i, FeatureFactory.cliqueCpC), transition);
            for (int y = 0; y < n; y++) {
                if (i == 0) {
                    best[0][y] = token[y] + transition[weights.background() * n + y];
                    continue;
                }
                int arg = 0;
                double max = Double.NEGATIVE_INFINITY;
                for (int p = 0; p < n; p++) {
                    double score = best[i - 1][p] + transition[p * n + y];
                    if (score > max) {
                        max = score;
                        arg = p;
                    }
                }
                best[i][y] = max + token[y];
                back[i][y] = arg;
            }
        }
        int[] path = new int[length];
        int last = 0;
        for (int y = 1; y < n; y++) {
            if (best[length - 1][y] > best[length - 1][last]) {
                last = y;
            }
        }
        path[length - 1] = last;
        for (int i = length - 1; i > 0; i--) {
            path[i - 1] = back[i][path[i]];
        }
        return path;
    }

    private void sum(Iterable<String> fired, double[] into) {
        Arrays.fill(into, 0);
        for (String feature : fired) {
            float[] row = weights.get(feature);
            if (row != null) {
                for (int k = 0; k < row.length; k++) {
                    into[k] += row[k];
                }
            }
        }
    }
}
