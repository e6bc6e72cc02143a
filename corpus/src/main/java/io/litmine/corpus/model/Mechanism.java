package io.litmine.corpus.model;

/** The resistance-mechanism taxonomy a claim is filed under. */
public enum Mechanism {
    HER2_ACCESS, DOWNSTREAM_ACTIVATION, CELL_CYCLE, ALTERNATIVE_SIGNALLING, ANGIOGENESIS, IMMUNE, OTHER
}
