package io.litmine.annotators.citation;

import java.util.List;

/**
 * A callout as found in a string: the marker, its offsets there, its labels — numbers with ranges expanded
 * ("10", "11"), or author–year names ("Slamon 2001").
 */
public record Callout(String marker, int start, int end, List<String> labels) {
    public Callout {
        labels = List.copyOf(labels);
    }
}
