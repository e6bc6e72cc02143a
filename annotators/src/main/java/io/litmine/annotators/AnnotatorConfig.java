package io.litmine.annotators;

import io.litmine.annotators.gene.model.GeneModel;
import io.litmine.annotators.gene.model.GeneModelException;
import io.litmine.annotators.lexicon.Lexicon;
import io.litmine.annotators.lexicon.LexiconException;
import io.litmine.corpus.model.EntityType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * How to build a {@link PaperAnnotator} or an {@code EntityTagger}. {@code lexiconDir} holds
 * {@code genes.tsv} and {@code drugs.tsv} (as written by {@code litmine lexicon import}); null means
 * the built-in curated lexicon. {@code geneModelDir} holds a gene model written by
 * {@code litmine model train-genes}; null means dictionary tagging only. {@code maxSentenceTokens}:
 * longer sentences get no claims (they are counted as skipped).
 */
public record AnnotatorConfig(Path lexiconDir, Path geneModelDir, int maxSentenceTokens) {
    /** Sentences longer than this are extraction debris or tables; the claim annotator skips them. */
    public static final int DEFAULT_MAX_SENTENCE_TOKENS = 150;

    public AnnotatorConfig {
        if (maxSentenceTokens < 1) {
            throw new IllegalArgumentException("the sentence-length limit must be at least 1 token, got " + maxSentenceTokens);
        }
    }

    public AnnotatorConfig(Path lexiconDir, Path geneModelDir) {
        this(lexiconDir, geneModelDir, DEFAULT_MAX_SENTENCE_TOKENS);
    }

    public AnnotatorConfig(Path lexiconDir) {
        this(lexiconDir, null);
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
        return new AnnotatorConfig(null, null);
    }

    /** Points the {@code genes} and {@code drugs} annotators at the lexicon folder and gene model, if any. */
    public void addLexiconProperties(Properties props) {
        props.setProperty("claims.maxSentenceTokens", Integer.toString(maxSentenceTokens));
        props.setProperty("claimparse.maxSentenceTokens", Integer.toString(maxSentenceTokens));
        if (geneModelDir != null) {
            if (!GeneModel.existsIn(geneModelDir)) {
                throw new GeneModelException("model directory " + geneModelDir + " has no " + GeneModel.FILE_NAME);
            }
            props.setProperty(annotatorName(EntityType.GENE) + ".model", geneModelDir.toString());
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
