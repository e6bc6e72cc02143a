package io.litmine.corpus.model;

import java.io.Serializable;
import java.util.Objects;

/** One sentence of a paper: its 0-based index, its text and its offsets into the cleaned text. */
public record Sentence(int index, String text, int start, int end, String section) implements Serializable {
    public Sentence {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(section, "section");
        new Span(start, end);
    }
}
