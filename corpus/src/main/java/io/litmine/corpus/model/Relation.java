package io.litmine.corpus.model;

/** What a claim says its subject does to its object (ARCHITECTURE.md, "Vocabulary of claims"). */
public enum Relation {
    ACTIVATES, INHIBITS, BINDS, MASKS, CLEAVES, UPREGULATES, DOWNREGULATES, CAUSES_RESISTANCE,
    RESTORES_SENSITIVITY, ASSOCIATED_WITH, PREDICTS, INTERACTS;

    /**
     * The relation of opposite sign (ACTIVATES ↔ INHIBITS, UPREGULATES ↔ DOWNREGULATES,
     * CAUSES_RESISTANCE ↔ RESTORES_SENSITIVITY); unsigned relations are their own opposite.
     */
    public Relation opposite() {
        return switch (this) {
            case ACTIVATES -> INHIBITS;
            case INHIBITS -> ACTIVATES;
            case UPREGULATES -> DOWNREGULATES;
            case DOWNREGULATES -> UPREGULATES;
            case CAUSES_RESISTANCE -> RESTORES_SENSITIVITY;
            case RESTORES_SENSITIVITY -> CAUSES_RESISTANCE;
            default -> this;
        };
    }

    /**
     * What a claim with this relation asserts about its subject's entity: a subject in the
     * {@link ArgumentState#LOSS} state inverts the sign ("loss of PTEN activates PI3K" asserts that
     * PTEN inhibits PI3K); every other state keeps it.
     */
    public Relation net(ArgumentState subjectState) {
        return subjectState == ArgumentState.LOSS ? opposite() : this;
    }
}
