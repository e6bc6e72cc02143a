package io.litmine.corpus.model;

import java.io.Serializable;
import java.util.Objects;

/** A titled region of the cleaned text; {@code start}/{@code end} cover the heading and the body. */
public record Section(String heading, int start, int end) implements Serializable {
    public Section {
        Objects.requireNonNull(heading, "heading");
        new Span(start, end);
    }

    public Span span() {
        return new Span(start, end);
    }
}
