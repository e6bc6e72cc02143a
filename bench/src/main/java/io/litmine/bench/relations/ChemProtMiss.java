package io.litmine.bench.relations;

import io.litmine.corpus.model.Claim;
import java.util.List;

/**
 * A ChemProt gold pair no claim links, why, and the claims its sentence got (those whose sentence is
 * the gold sentence or, when CoreNLP split it, a part of it; negated ones included).
 */
public record ChemProtMiss(ChemProtPair pair, Reason reason, List<Claim> sentenceClaims) {

    public enum Reason {
        /** No claim in the sentence or any part of it. */
        NO_CLAIM,
        /** Claims only in parts of the gold sentence: CoreNLP split it, and the sentence key cannot match. */
        SENTENCE_SPLIT,
        /** Every claim of the sentence is negated, and negated claims assert nothing. */
        ONLY_NEGATED,
        /** No claim argument names either entity. */
        NEITHER_NAMED,
        /** Arguments name one of the two entities only. */
        ONE_NAMED,
        /** Both entities are named, but never as the subject and object of one claim. */
        BOTH_NAMED_APART
    }

    public ChemProtMiss {
        sentenceClaims = List.copyOf(sentenceClaims);
    }
}
