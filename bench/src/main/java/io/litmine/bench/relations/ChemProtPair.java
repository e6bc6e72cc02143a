package io.litmine.bench.relations;

import java.util.Objects;

/**
 * One line of the ChemProt key: the {@code n}-th row of the gold file, its sentence without the
 * entity markers, the two marked entities in marker order and the gold label (null when absent).
 */
public record ChemProtPair(int n, String sentence, String e1, String e2, String label) {
    public ChemProtPair {
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(e1, "e1");
        Objects.requireNonNull(e2, "e2");
    }
}
