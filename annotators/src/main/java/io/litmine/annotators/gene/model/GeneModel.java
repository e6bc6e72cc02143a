package io.litmine.annotators.gene.model;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import io.litmine.corpus.model.Span;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.zip.GZIPInputStream;

/**
 * A trained gene-mention tagger: a CoreNLP linear-chain CRF over {@link ModelTokens}, labelling
 * each token {@code B}, {@code I} or {@code O}. It finds spans only; the lexicon names them
 * ({@code GeneMentionMerger}). Written by {@link GeneModelTrainer} as {@value #FILE_NAME} in a model
 * folder. Loading reads a Java-serialised classifier: load only models you trained yourself.
 */
public final class GeneModel {

    public static final String FILE_NAME = "genes.crf.ser.gz";
    static final String B = "B";
    static final String I = "I";
    static final String O = "O";

    private final CRFClassifier<CoreLabel> crf;

    GeneModel(CRFClassifier<CoreLabel> crf) {
        this.crf = crf;
    }

    /** True when {@code dir} holds a model file. */
    public static boolean existsIn(Path dir) {
        return dir != null && Files.isRegularFile(dir.resolve(FILE_NAME));
    }

    public static GeneModel load(Path dir) throws GeneModelException {
        Path file = dir.resolve(FILE_NAME);
        try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(new GZIPInputStream(Files.newInputStream(file))))) {
            CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(in, new Properties());
            return new GeneModel(crf);
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new GeneModelException("cannot read gene model " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Gene mention spans in one sentence, given its CoreNLP token spans (offsets into {@code text}).
     * Not synchronised: CoreNLP's CRF keeps no state between calls, but callers use one per thread anyway.
     */
    public List<Span> mentions(String text, List<Span> tokens) {
        List<Span> pieces = ModelTokens.split(text, tokens);
        if (pieces.isEmpty()) {
            return List.of();
        }
        List<CoreLabel> sentence = new ArrayList<>(pieces.size());
        for (Span piece : pieces) {
            sentence.add(label(text.substring(piece.start(), piece.end())));
        }
        crf.classify(sentence);
        List<Span> found = new ArrayList<>();
        int start = -1;
        for (int k = 0; k < pieces.size(); k++) {
            String tag = sentence.get(k).get(CoreAnnotations.AnswerAnnotation.class);
            boolean inside = I.equals(tag) && start >= 0;
            if (start >= 0 && !inside) {
                found.add(new Span(pieces.get(start).start(), pieces.get(k - 1).end()));
                start = -1;
            }
            // An I after O is read as a start: the CRF rarely emits it, and dropping it loses a gene.
            if (B.equals(tag) || (I.equals(tag) && start < 0)) {
                start = k;
            }
        }
        if (start >= 0) {
            found.add(new Span(pieces.get(start).start(), pieces.get(pieces.size() - 1).end()));
        }
        return found;
    }

    static CoreLabel label(String word) {
        CoreLabel token = new CoreLabel();
        token.setWord(word);
        token.setValue(word);
        token.set(CoreAnnotations.AnswerAnnotation.class, O);
        return token;
    }
}
