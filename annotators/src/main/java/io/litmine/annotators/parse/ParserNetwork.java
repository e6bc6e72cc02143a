package io.litmine.annotators.parse;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The feed-forward network of CoreNLP's neural dependency parser (Chen and Manning 2014: 48 embedded
 * features, one cube-activated hidden layer, one score per transition), holding the same weights as
 * CoreNLP's {@code nndep.Classifier} but laid out so that the JIT can vectorise both layers.
 *
 * <p>Why: CoreNLP computes each of the ~85 transition scores as a dot product over the 1,000 hidden
 * units, a loop bound by the latency of one running sum; with the hidden-to-output weights transposed,
 * the scores grow together, one hidden unit at a time, in loops whose lanes are independent. The same
 * holds for the embedding of a feature not in the precomputed table. Each score is still the sum of
 * the same products in the same order, in the same precision, so the scores, and therefore the parses,
 * are CoreNLP's to the bit ({@code NeuralDependencyParserTest} compares them).
 *
 * <p>Thread-safe: every call works in its own arrays; the cache of non-precomputed feature embeddings
 * (as CoreNLP's {@code numCached}) is concurrent and bounded.
 */
final class ParserNetwork {

    private final int hiddenSize;
    private final int embeddingSize;
    private final int numTokens;
    private final int numTransitions;
    /** Input-to-hidden weights, transposed: {@code w1t[feature slot * embeddingSize + k][hidden unit]}. */
    private final float[][] w1t;
    private final float[] b1;
    /** Hidden-to-output weights, transposed and widened: {@code w2t[hidden unit * numTransitions + transition]}. */
    private final double[] w2t;
    private final float[][] embeddings;
    /** CoreNLP's precomputed hidden-layer contributions of the most frequent (feature, slot) pairs. */
    private final double[][] precomputed;
    private final IntIndex precomputedIndex;
    private final int cacheLimit;
    private final Map<Integer, float[]> cache = new ConcurrentHashMap<>();

    /**
     * @param w1 input-to-hidden weights {@code [hidden][numTokens * embeddingSize]}
     * @param w2 hidden-to-output weights {@code [transition][hidden]}
     * @param precomputedIndex (feature id * numTokens + slot) → row of {@code precomputed}
     * @param cacheLimit how many other (feature, slot) embeddings to keep (CoreNLP's {@code numCached})
     */
    ParserNetwork(float[][] w1, float[] b1, float[][] w2, float[][] embeddings, int numTokens,
                  double[][] precomputed, IntIndex precomputedIndex, int cacheLimit) {
        this.hiddenSize = b1.length;
        this.embeddingSize = embeddings[0].length;
        this.numTokens = numTokens;
        this.numTransitions = w2.length;
        this.b1 = b1.clone();
        this.embeddings = embeddings;
        this.precomputed = precomputed;
        this.precomputedIndex = precomputedIndex;
        this.cacheLimit = cacheLimit;
        int inputs = w1[0].length;
        this.w1t = new float[inputs][hiddenSize];
        for (int h = 0; h < hiddenSize; h++) {
            for (int in = 0; in < inputs; in++) {
                w1t[in][h] = w1[h][in];
            }
        }
        this.w2t = new double[hiddenSize * numTransitions];
        for (int t = 0; t < numTransitions; t++) {
            for (int h = 0; h < hiddenSize; h++) {
                w2t[h * numTransitions + t] = w2[t][h];
            }
        }
    }

    int numTransitions() {
        return numTransitions;
    }

    /** The score of every transition for one parser configuration's features (CoreNLP's {@code computeScores}). */
    double[] scores(int[] features) {
        double[] hidden = new double[hiddenSize];
        for (int slot = 0; slot < features.length; slot++) {
            int key = features[slot] * numTokens + slot;
            int row = precomputedIndex.get(key);
            if (row >= 0) {
                double[] saved = precomputed[row];
                for (int h = 0; h < hiddenSize; h++) {
                    hidden[h] += saved[h];
                }
            } else {
                float[] slice = slice(key, features[slot], slot);
                for (int h = 0; h < hiddenSize; h++) {
                    hidden[h] += slice[h];
                }
            }
        }
        for (int h = 0; h < hiddenSize; h++) {
            double x = hidden[h] + b1[h];
            hidden[h] = x * x * x;
        }
        double[] scores = new double[numTransitions];
        for (int h = 0; h < hiddenSize; h++) {
            double x = hidden[h];
            int base = h * numTransitions;
            for (int t = 0; t < numTransitions; t++) {
                scores[t] += x * w2t[base + t];
            }
        }
        return scores;
    }

    /**
     * One feature's contribution to the hidden layer: per hidden unit, the sum over the embedding in
     * double of float products, rounded to float, as CoreNLP's cached path computes it.
     */
    private float[] slice(int key, int feature, int slot) {
        float[] cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        double[] sums = new double[hiddenSize];
        float[] embedding = embeddings[feature];
        int offset = slot * embeddingSize;
        for (int k = 0; k < embeddingSize; k++) {
            float e = embedding[k];
            float[] weights = w1t[offset + k];
            for (int h = 0; h < hiddenSize; h++) {
                sums[h] += weights[h] * e;
            }
        }
        float[] slice = new float[hiddenSize];
        for (int h = 0; h < hiddenSize; h++) {
            slice[h] = (float) sums[h];
        }
        if (cache.size() >= cacheLimit) {
            // Bounded without bookkeeping: the values never change, so dropping them costs only time.
            cache.clear();
        }
        cache.put(key, slice);
        return slice;
    }
}
