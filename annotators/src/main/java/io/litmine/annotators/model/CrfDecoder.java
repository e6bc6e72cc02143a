package io.litmine.annotators.model;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.FeatureFactory;
import edu.stanford.nlp.util.PaddedList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Viterbi decoding of a linear-chain CRF ({@link CrfWeights}) over {@link MentionFeatures}: the best
 * label sequence maximises the sum of token and transition weights of the features that fire, the
 * label before the sentence being the background label, as in CoreNLP's own decoder (the trainer
 * checks that both agree). Thread-safe; the only state is a cache of per-word sums.
 *
 * <p>Over half of a token's features depend on its word alone ({@link MentionFeatures#wordFeatures});
 * their summed weights are kept per word, so a word seen before costs only its context features.
 * The cache is bounded: past {@value #CACHE_WORDS} words it starts afresh.
 */
final class CrfDecoder {

    static final int CACHE_WORDS = 200_000;

    private final CrfWeights weights;
    private final Map<String, double[]> wordSums = new ConcurrentHashMap<>();
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
        List<String> context = new ArrayList<>(24);
        for (int i = 0; i < length; i++) {
            System.arraycopy(wordSum(sentence.get(i).word()), 0, token, 0, n);
            context.clear();
            MentionFeatures.contextFeatures(padded, i, context);
            add(context, token);
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

    private double[] wordSum(String word) {
        double[] sum = wordSums.get(word);
        if (sum == null) {
            List<String> fired = new ArrayList<>(32);
            MentionFeatures.wordFeatures(word, fired);
            sum = new double[weights.size()];
            add(fired, sum);
            if (wordSums.size() >= CACHE_WORDS) {
                wordSums.clear();
            }
            wordSums.put(word, sum);
        }
        return sum;
    }

    private void sum(Iterable<String> fired, double[] into) {
        Arrays.fill(into, 0);
        add(fired, into);
    }

    private void add(Iterable<String> fired, double[] into) {
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
