package io.litmine.annotators.model;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import io.litmine.annotators.LitmineAnnotations;
import io.litmine.annotators.lexicon.SurfaceKey;
import io.litmine.corpus.model.EntityType;
import io.litmine.corpus.model.Mention;
import io.litmine.corpus.model.Span;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A trained mention tagger for one entity type (genes, or chemicals and drugs): a linear-chain CRF
 * trained with CoreNLP ({@link MentionModelTrainer}) over {@link ModelTokens}, labelling each token
 * {@code B}, {@code I} or {@code O}, decoded by {@link CrfDecoder} from a weights file
 * ({@link #fileName}) in a model folder or, by default, the one shipped on the class path
 * ({@link #builtIn}). It finds spans only; the lexicon names them ({@link MentionMerger}). The file
 * is plain data read field by field (no Java deserialisation).
 */
public final class MentionModel {

    /** Where the shipped models are on the class path (rebuilt by {@code bench/train-models}). */
    public static final String BUILT_IN_FOLDER = "/io/litmine/annotators/model/";
    static final String B = "B";
    static final String I = "I";
    static final String O = "O";

    private static final Map<EntityType, MentionModel> BUILT_IN = new EnumMap<>(EntityType.class);

    private final CrfDecoder decoder;
    private final String[] labels;

    MentionModel(CrfWeights weights) {
        this.decoder = new CrfDecoder(weights);
        this.labels = weights.labels();
    }

    /** The weights file of {@code type}'s model in a model folder. */
    public static String fileName(EntityType type) {
        return type == EntityType.GENE ? "genes-crf.weights.gz" : "chemicals-crf.weights.gz";
    }

    /** True when {@code dir} holds a model file for {@code type}. */
    public static boolean existsIn(Path dir, EntityType type) {
        return dir != null && Files.isRegularFile(dir.resolve(fileName(type)));
    }

    public static MentionModel load(Path dir, EntityType type) throws ModelException {
        Path file = dir.resolve(fileName(type));
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), type);
        } catch (IOException e) {
            throw new ModelException("cannot read " + describe(type) + " model " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The model shipped with litmine for {@code type} (trained on BC2GM for genes, on BC5CDR for
     * chemicals; docs/entities.md), loaded once per JVM: every pipeline shares it (decoding keeps no state).
     */
    public static synchronized MentionModel builtIn(EntityType type) throws ModelException {
        MentionModel model = BUILT_IN.get(type);
        if (model == null) {
            try (InputStream in = openBuiltIn(type)) {
                model = read(in, BUILT_IN_FOLDER + fileName(type), type);
            } catch (IOException e) {
                throw new ModelException("cannot read the built-in " + describe(type) + " model: " + e.getMessage(), e);
            }
            BUILT_IN.put(type, model);
        }
        return model;
    }

    /** The shipped weights file's bytes, for an index's record of the model it was tagged with. */
    public static InputStream openBuiltIn(EntityType type) throws ModelException {
        InputStream in = MentionModel.class.getResourceAsStream(BUILT_IN_FOLDER + fileName(type));
        if (in == null) {
            throw new ModelException("the built-in " + describe(type) + " model " + BUILT_IN_FOLDER + fileName(type)
                    + " is missing from the class path (rebuild with bench/train-models)");
        }
        return in;
    }

    private static MentionModel read(InputStream in, String source, EntityType type) throws IOException {
        CrfWeights weights = CrfWeights.read(in, source);
        if (weights.label(B) < 0 || weights.label(O) < 0) {
            throw new ModelException(source + " is not a " + describe(type) + " model: labels " + String.join(",", weights.labels()));
        }
        return new MentionModel(weights);
    }

    static String describe(EntityType type) {
        return type == EntityType.GENE ? "gene" : "chemical";
    }

    /**
     * Mention spans in one sentence, given its CoreNLP token spans (offsets into {@code text})
     * and what the dictionary matcher found there (the model reads it as a feature, {@link MentionFeatures}).
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
                    kind = SurfaceKey.isOwnName(mention.text(), mention.name()) ? "-N" : "-S";
                }
                tag = (first ? B : I) + kind;
            }
            labels.get(k).set(LitmineAnnotations.LexiconTagAnnotation.class, tag);
        }
    }

    static CoreLabel label(String word) {
        CoreLabel token = new CoreLabel();
        token.setWord(word);
        token.setValue(word);
        token.set(CoreAnnotations.AnswerAnnotation.class, O);
        return token;
    }
}
