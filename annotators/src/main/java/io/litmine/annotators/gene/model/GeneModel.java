package io.litmine.annotators.gene.model;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import io.litmine.annotators.LitmineAnnotations;
import io.litmine.annotators.lexicon.SurfaceKey;
import io.litmine.corpus.model.Mention;
import io.litmine.corpus.model.Span;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A trained gene-mention tagger: a linear-chain CRF trained with CoreNLP ({@link GeneModelTrainer})
 * over {@link ModelTokens}, labelling each token {@code B}, {@code I} or {@code O}, decoded by
 * {@link GeneDecoder} from the weights file {@value #FILE_NAME} in a model folder. It finds spans
 * only; the lexicon names them ({@link MentionMerger}). The file is plain data read field by field
 * (no Java deserialisation).
 */
public final class GeneModel {

    public static final String FILE_NAME = "genes-crf.weights.gz";
    static final String B = "B";
    static final String I = "I";
    static final String O = "O";

    private final GeneDecoder decoder;
    private final String[] labels;

    GeneModel(CrfWeights weights) {
        this.decoder = new GeneDecoder(weights);
        this.labels = weights.labels();
    }

    /** True when {@code dir} holds a model file. */
    public static boolean existsIn(Path dir) {
        return dir != null && Files.isRegularFile(dir.resolve(FILE_NAME));
    }

    public static GeneModel load(Path dir) throws GeneModelException {
        Path file = dir.resolve(FILE_NAME);
        try (InputStream in = Files.newInputStream(file)) {
            CrfWeights weights = CrfWeights.read(in, file.toString());
            if (weights.label(B) < 0 || weights.label(O) < 0) {
                throw new GeneModelException(file + " is not a gene model: labels " + String.join(",", weights.labels()));
            }
            return new GeneModel(weights);
        } catch (IOException e) {
            throw new GeneModelException("cannot read gene model " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Gene mention spans in one sentence, given its CoreNLP token spans (offsets into {@code text})
     * and what the dictionary matcher found there (the model reads it as a feature, {@link GeneFeatures}).
     * Thread-safe: the decoder keeps no state between calls.
     */
    public List<Span> mentions(String text, List<Span> tokens, List<Mention> dictionary) {
        List<Span> pieces = ModelTokens.split(text, tokens);
        if (pieces.isEmpty()) {
            return List.of();
        }
        List<CoreLabel> sentence = new ArrayList<>(pieces.size());
        for (Span piece : pieces) {
            sentence.add(label(text.substring(piece.start(), piece.end())));
        }
        tagLexicon(pieces, dictionary, sentence);
        int[] best = decoder.decode(sentence);
        List<Span> found = new ArrayList<>();
        int start = -1;
        for (int k = 0; k < pieces.size(); k++) {
            String tag = labels[best[k]];
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
        List<Span> cut = new ArrayList<>(found.size());
        found.forEach(span -> cut.addAll(SpanBrackets.cut(text, span)));
        return cut;
    }

    /**
     * Marks each model token with what the dictionary found there ({@link LitmineAnnotations.LexiconTagAnnotation}):
     * {@code B} where a mention starts, {@code I} where it goes on, {@code O} elsewhere, and after
     * {@code B}/{@code I} whether the text is the entry's own name ({@code -N}: "ERBB2", "PTEN") or
     * one of its other synonyms ({@code -S}: "HER2", "neu"), which are far more often ordinary words
     * or other things ("ORF", "TRE"). The trainer and the tagger both call this, so the model sees
     * the same feature in both.
     */
    static void tagLexicon(List<Span> pieces, List<Mention> dictionary, List<CoreLabel> labels) {
        int m = 0;
        String kind = null;
        for (int k = 0; k < pieces.size(); k++) {
            Span piece = pieces.get(k);
            while (m < dictionary.size() && dictionary.get(m).end() <= piece.start()) {
                m++;
                kind = null;
            }
            String tag = O;
            if (m < dictionary.size() && dictionary.get(m).start() < piece.end()) {
                Mention mention = dictionary.get(m);
                boolean first = k == 0 || pieces.get(k - 1).end() <= mention.start();
                if (kind == null) {
                    kind = ownName(mention) ? "-N" : "-S";
                }
                tag = (first ? B : I) + kind;
            }
            labels.get(k).set(LitmineAnnotations.LexiconTagAnnotation.class, tag);
        }
    }

    private static boolean ownName(Mention mention) {
        return SurfaceKey.fold(SurfaceKey.compact(mention.text())).equals(SurfaceKey.fold(SurfaceKey.compact(mention.name())));
    }

    static CoreLabel label(String word) {
        CoreLabel token = new CoreLabel();
        token.setWord(word);
        token.setValue(word);
        token.set(CoreAnnotations.AnswerAnnotation.class, O);
        return token;
    }
}
