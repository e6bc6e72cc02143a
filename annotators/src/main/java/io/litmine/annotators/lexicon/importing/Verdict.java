package io.litmine.annotators.lexicon.importing;

/** What the import does with one synonym; the reasons are counted in the {@link ImportSummary}. */
public enum Verdict {
    KEEP,
    /** Kept, but counted only in a sentence with gene context (short or word-like aliases). */
    GUARD,
    DROP_UNMATCHABLE,
    DROP_STOP_WORD,
    DROP_AMBIGUOUS,
    DROP_TAKEN,
    DROP_TOO_LONG;

    boolean kept() {
        return this == KEEP || this == GUARD;
    }
}
