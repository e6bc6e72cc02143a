package io.litmine.annotators;

import io.litmine.annotators.model.ModelChoice;
import io.litmine.annotators.lexicon.Lexicon;
import io.litmine.annotators.lexicon.LexiconException;
import io.litmine.corpus.model.EntityType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * How to build a {@link PaperAnnotator} or an {@code EntityTagger}. {@code lexiconDir} holds
 * {@code genes.tsv} and {@code drugs.tsv} (as written by {@code litmine lexicon import}); null means
 * the built-in curated lexicon. {@code models}: which learned gene and chemical models tag
 * ({@link ModelChoice}: the shipped ones by default). {@code maxSentenceTokens}: longer sentences get
 * no claims (they are counted as skipped).
 */
public record AnnotatorConfig(Path lexiconDir, ModelChoice models, int maxSentenceTokens) {
    /** Sentences longer than this are extraction debris or tables; the claim annotator skips them. */
    public static final int DEFAULT_MAX_SENTENCE_TOKENS = 150;

    public AnnotatorConfig {
        if (models == null) {
            throw new IllegalArgumentException("models must be given (ModelChoice.BUILT_IN, NONE or a folder)");
        }
        if (maxSentenceTokens < 1) {
            throw new IllegalArgumentException("the sentence-length limit must be at least 1 token, got " + maxSentenceTokens);
        }
    }

    public AnnotatorConfig(Path lexiconDir, ModelChoice models) {
        this(lexiconDir, models, DEFAULT_MAX_SENTENCE_TOKENS);
    }

    /** The lexicon in {@code lexiconDir} (null: built-in) with the shipped models. */
    public AnnotatorConfig(Path lexiconDir) {
        this(lexiconDir, ModelChoice.BUILT_IN);
    }

    /**
     * The JVM property that picks the claim extractor: {@code union} (default), {@code rules} or {@code syntax}
     * (see {@code ClaimAnnotator}); {@code LITMINE_JAVA_OPTS=-Dlitmine.claims.extractor=union}.
     */
    public static final String CLAIM_EXTRACTOR_PROPERTY = "litmine.claims.extractor";

    /** The claim extractor this JVM was started with. */
    public String claimExtractor() {
        return System.getProperty(CLAIM_EXTRACTOR_PROPERTY, "union");
    }

    public static AnnotatorConfig defaults() {
        return new AnnotatorConfig(null, ModelChoice.BUILT_IN);
    }

    /** Points the {@code genes} and {@code drugs} annotators at the lexicon folder and their models. */
    public void addLexiconProperties(Properties props) {
        props.setProperty("claims.maxSentenceTokens", Integer.toString(maxSentenceTokens));
        props.setProperty("claimparse.maxSentenceTokens", Integer.toString(maxSentenceTokens));
        for (EntityType type : EntityType.values()) {
            props.setProperty(annotatorName(type) + ".model", models.property(type));
            props.setProperty(annotatorName(type) + ".model.merge", models.mergeProperty(type));
        }
        if (lexiconDir == null) {
            return;
        }
        for (EntityType type : EntityType.values()) {
            Path file = lexiconDir.resolve(Lexicon.fileName(type));
            if (!Files.isRegularFile(file)) {
                throw new LexiconException("lexicon directory " + lexiconDir + " has no " + file.getFileName());
            }
            props.setProperty(annotatorName(type) + ".lexicon", file.toString());
        }
    }

    /** The annotator name each entity type is registered under. */
    public static String annotatorName(EntityType type) {
        return type == EntityType.GENE ? "genes" : "drugs";
    }
}
