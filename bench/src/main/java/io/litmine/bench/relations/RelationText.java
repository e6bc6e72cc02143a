package io.litmine.bench.relations;

import java.util.Objects;

/**
 * One plain-text file as {@code make_relation_input.py} writes it: its name ({@code chemprot-000.txt},
 * {@code PMID.txt}) and its content. The harness annotates these texts in memory instead of files.
 */
public record RelationText(String fileName, String text) {
    public RelationText {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(text, "text");
    }
}
