package io.litmine.annotators;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.util.ErasureUtils;
import io.litmine.corpus.model.Citation;
import io.litmine.corpus.model.Claim;
import io.litmine.corpus.model.MarkedCallout;
import io.litmine.corpus.model.Mention;
import io.litmine.corpus.model.Reference;
import io.litmine.corpus.model.Section;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The typed CoreNLP keys litmine's annotators read and write, all in one place. Values are the
 * frozen model records, so the adapter ({@link PaperAnnotator}) only has to collect them.
 *
 * <p>Document level (set by the adapter before {@code pipeline.annotate}): {@link PaperIdAnnotation},
 * {@link ReferencesAnnotation}, {@link MarkedCalloutsAnnotation}, {@link SectionsAnnotation},
 * {@link ReferenceTitleEntitiesAnnotation}; written by the claim annotator: {@link SkippedSentencesAnnotation}.
 * Sentence level (written by the custom
 * annotators): {@link CitationsAnnotation}, {@link GeneMentionsAnnotation},
 * {@link DrugMentionsAnnotation}, {@link ClaimsAnnotation}. Token level:
 * {@link InCitationAnnotation}.
 */
public final class LitmineAnnotations {

    private LitmineAnnotations() {
    }

    /** The paper's deterministic id; claim ids hash it so re-annotation is idempotent. */
    public static final class PaperIdAnnotation implements CoreAnnotation<String> {
        @Override
        public Class<String> getType() {
            return String.class;
        }
    }

    /** The paper's parsed reference list; callout labels are resolved against it. */
    public static final class ReferencesAnnotation implements CoreAnnotation<List<Reference>> {
        @Override
        public Class<List<Reference>> getType() {
            return ErasureUtils.uncheckedCast(List.class);
        }
    }

    /** Callouts the source's markup gives (JATS xref); when present they replace detection from text. */
    public static final class MarkedCalloutsAnnotation implements CoreAnnotation<List<MarkedCallout>> {
        @Override
        public Class<List<MarkedCallout>> getType() {
            return ErasureUtils.uncheckedCast(List.class);
        }
    }

    /** The paper's sections, so a claim can record the heading it sits under. */
    public static final class SectionsAnnotation implements CoreAnnotation<List<Section>> {
        @Override
        public Class<List<Section>> getType() {
            return ErasureUtils.uncheckedCast(List.class);
        }
    }

    /** Numbered callouts found in a sentence, in reading order. */
    public static final class CitationsAnnotation implements CoreAnnotation<List<Citation>> {
        @Override
        public Class<List<Citation>> getType() {
            return ErasureUtils.uncheckedCast(List.class);
        }
    }

    /** Gene/protein mentions of a sentence, in reading order. */
    public static final class GeneMentionsAnnotation implements CoreAnnotation<List<Mention>> {
        @Override
        public Class<List<Mention>> getType() {
            return ErasureUtils.uncheckedCast(List.class);
        }
    }

    /** Drug mentions of a sentence, in reading order. */
    /**
     * Sentence level: the spans the chemical model found (before they were named), which the overlap
     * annotator lets keep their place beside a gene; absent without a chemical model.
     */
    public static final class DrugModelSpansAnnotation implements CoreAnnotation<List<io.litmine.corpus.model.Span>> {
        @Override
        public Class<List<io.litmine.corpus.model.Span>> getType() {
            return ErasureUtils.uncheckedCast(List.class);
        }
    }

    public static final class DrugMentionsAnnotation implements CoreAnnotation<List<Mention>> {
        @Override
        public Class<List<Mention>> getType() {
            return ErasureUtils.uncheckedCast(List.class);
        }
    }

    /** Mechanism claims made by a sentence. */
    public static final class ClaimsAnnotation implements CoreAnnotation<List<Claim>> {
        @Override
        public Class<List<Claim>> getType() {
            return ErasureUtils.uncheckedCast(List.class);
        }
    }

    /** True on tokens inside a citation callout: "(19)" must never be tagged as a gene. */
    public static final class InCitationAnnotation implements CoreAnnotation<Boolean> {
        @Override
        public Class<Boolean> getType() {
            return Boolean.class;
        }
    }

    /**
     * The normalised names of the genes and drugs each reference title mentions, by 1-based
     * reference index: what the claim annotator's citation check compares a claim's entities with.
     */
    public static final class ReferenceTitleEntitiesAnnotation implements CoreAnnotation<Map<Integer, Set<String>>> {
        @Override
        public Class<Map<Integer, Set<String>>> getType() {
            return ErasureUtils.uncheckedCast(Map.class);
        }
    }

    /** How many sentences the claim annotator skipped for being longer than its limit (debris, tables). */
    public static final class SkippedSentencesAnnotation implements CoreAnnotation<Integer> {
        @Override
        public Class<Integer> getType() {
            return Integer.class;
        }
    }

    /**
     * On the gene model's tokens: {@code B} or {@code I} where a lexicon name starts or goes on,
     * {@code O} elsewhere; a feature of the model ({@code MentionFeatures}), set by the trainer and
     * at tagging time from the same dictionary matcher.
     */
    public static final class LexiconTagAnnotation implements CoreAnnotation<String> {
        @Override
        public Class<String> getType() {
            return String.class;
        }
    }

    /** How many sentences the selective parser ({@code claimparse}) parsed in a document. */
    public static final class ParsedSentencesAnnotation implements CoreAnnotation<Integer> {
        @Override
        public Class<Integer> getType() {
            return Integer.class;
        }
    }
}
