package io.litmine.corpus.model;

import java.io.Serializable;

/** A half-open character range {@code [start, end)} into a paper's cleaned text. */
public record Span(int start, int end) implements Serializable {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}
