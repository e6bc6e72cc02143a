package io.litmine.corpus.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * An in-text callout such as {@code (10-13)} or {@code [33, 59]}: the marker as printed, the sentence
 * it sits in, its offsets in the cleaned text, the labels it names (ranges expanded), the 1-based
 * indexes of the references those labels resolved to, and the labels that matched no reference.
 */
public record Citation(
        String marker,
        String sentence,
        int start,
        int end,
        List<String> labels,
        List<Integer> resolved,
        List<String> unresolved) implements Serializable {

    public Citation {
        Objects.requireNonNull(marker, "marker");
        Objects.requireNonNull(sentence, "sentence");
        new Span(start, end);
        labels = List.copyOf(labels);
        resolved = List.copyOf(resolved);
        unresolved = List.copyOf(unresolved);
    }
}
