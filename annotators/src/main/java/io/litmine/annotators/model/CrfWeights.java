package io.litmine.annotators.model;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFLabel;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Index;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The weights of a trained linear-chain CRF, exported from CoreNLP's {@link CRFClassifier} into a
 * plain file of our own: per feature string, one weight per label (token features, {@code |C}) or
 * per pair of previous and current label (transition features, {@code |CpC}).
 *
 * <p>Why not keep CoreNLP's serialised classifier: tagging with it spends most of its time on work
 * Viterbi decoding does not need (clique trees calibrated for marginals, per-sentence datum arrays),
 * and loading it is Java deserialisation, which must never see a file we did not write. This file
 * is read field by field and {@link CrfDecoder} decodes from it; the trainer checks that both
 * decoders agree on the training sentences before it writes anything.
 */
final class CrfWeights {

    private static final String MAGIC = "litmine-crf";
    private static final int VERSION = 2;
    static final String TRANSITION_SUFFIX = "|CpC";

    private final String[] labels;
    private final int background;
    private final Map<String, float[]> weights;

    CrfWeights(String[] labels, int background, Map<String, float[]> weights) {
        this.labels = labels.clone();
        this.background = background;
        this.weights = weights;
    }

    /**
     * Reads the weights out of a trained classifier. CoreNLP keeps them in package-private fields
     * with no accessor, so they are read reflectively; a CoreNLP upgrade that renames them fails
     * here, loudly, at training time, never at tagging time.
     */
    @SuppressWarnings("unchecked")
    static CrfWeights of(CRFClassifier<CoreLabel> crf, String backgroundSymbol) throws ModelException {
        try {
            Index<String> features = (Index<String>) field(crf, "featureIndex");
            float[][] w = (float[][]) field(crf, "weights");
            List<Index<CRFLabel>> labelIndices = (List<Index<CRFLabel>>) field(crf, "labelIndices");
            int n = crf.classIndex.size();
            String[] labels = new String[n];
            for (int k = 0; k < n; k++) {
                labels[k] = crf.classIndex.get(k);
            }
            Map<String, float[]> out = new HashMap<>(features.size() * 2);
            for (int f = 0; f < features.size(); f++) {
                String feature = features.get(f);
                boolean transition = feature.endsWith(TRANSITION_SUFFIX);
                Index<CRFLabel> cliqueLabels = labelIndices.get(transition ? 1 : 0);
                float[] row = new float[transition ? n * n : n];
                for (int k = 0; k < cliqueLabels.size(); k++) {
                    int[] label = cliqueLabels.get(k).getLabel();
                    row[transition ? label[0] * n + label[1] : label[0]] = w[f][k];
                }
                out.put(feature, row);
            }
            return new CrfWeights(labels, crf.classIndex.indexOf(backgroundSymbol), out);
        } catch (ReflectiveOperationException | ClassCastException | IndexOutOfBoundsException e) {
            throw new ModelException("cannot read the trained CRF's weights (CoreNLP version changed?): " + e, e);
        }
    }

    private static Object field(CRFClassifier<CoreLabel> crf, String name) throws ReflectiveOperationException {
        var field = CRFClassifier.class.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(crf);
    }

    String[] labels() {
        return labels.clone();
    }

    int size() {
        return labels.length;
    }

    int background() {
        return background;
    }

    int label(String name) {
        for (int k = 0; k < labels.length; k++) {
            if (labels[k].equals(name)) {
                return k;
            }
        }
        return -1;
    }

    /** The weights of one feature, or null when training never kept it. */
    float[] get(String feature) {
        return weights.get(feature);
    }

    int features() {
        return weights.size();
    }

    void write(OutputStream raw) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(raw)));
        out.writeUTF(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(labels.length);
        for (String label : labels) {
            out.writeUTF(label);
        }
        out.writeInt(background);
        out.writeInt(weights.size());
        for (Map.Entry<String, float[]> e : weights.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeShort(e.getValue().length);
            for (float v : e.getValue()) {
                out.writeFloat(v);
            }
        }
        out.flush();
        out.close();
    }

    static CrfWeights read(InputStream raw, String source) throws IOException, ModelException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw)))) {
            if (!MAGIC.equals(in.readUTF()) || in.readInt() != VERSION) {
                throw new ModelException(source + " is not a litmine model of this version (retrain with litmine model train-genes or train-chemicals)");
            }
            int n = in.readInt();
            if (n < 2 || n > 16) {
                throw new ModelException(source + " is damaged: " + n + " labels");
            }
            String[] labels = new String[n];
            for (int k = 0; k < n; k++) {
                labels[k] = in.readUTF();
            }
            int background = in.readInt();
            int count = in.readInt();
            if (background < 0 || background >= n || count < 0) {
                throw new ModelException(source + " is damaged: bad header");
            }
            Map<String, float[]> weights = new HashMap<>(count * 2);
            for (int f = 0; f < count; f++) {
                String feature = in.readUTF();
                int length = in.readShort();
                if (length != n && length != n * n) {
                    throw new ModelException(source + " is damaged: feature " + f + " has " + length + " weights");
                }
                float[] row = new float[length];
                for (int k = 0; k < length; k++) {
                    row[k] = in.readFloat();
                }
                weights.put(feature, row);
            }
            return new CrfWeights(labels, background, weights);
        }
    }
}
