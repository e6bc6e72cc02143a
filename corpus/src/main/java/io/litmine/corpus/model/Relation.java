package io.litmine.corpus.model;

/** What a claim says its subject does to its object (ARCHITECTURE.md, "Vocabulary of claims"). */
public enum Relation {
    ACTIVATES, INHIBITS, BINDS, MASKS, CLEAVES, UPREGULATES, DOWNREGULATES, CAUSES_RESISTANCE,
    RESTORES_SENSITIVITY, ASSOCIATED_WITH, PREDICTS, INTERACTS
}
