package io.litmine.annotators.lexicon;

/** What a lexicon entry names: one gene or drug, a gene family or complex, or a drug class. */
public enum Kind {
    CONCEPT,
    FAMILY,
    CLASS
}
