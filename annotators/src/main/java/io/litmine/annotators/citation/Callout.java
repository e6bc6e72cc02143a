package io.litmine.annotators.citation;

import java.util.List;

/** A numbered callout as found in a string: the marker, its offsets there, its labels (ranges expanded). */
public record Callout(String marker, int start, int end, List<Integer> labels) {
    public Callout {
        labels = List.copyOf(labels);
    }
}
