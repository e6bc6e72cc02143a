package io.litmine.corpus.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A callout whose extent and targets the source's own markup gives (JATS {@code <xref ref-type="bibr">},
 * BMC {@code <abbr bid>}), found at extraction time, before any sentence is known. The citation
 * annotator turns it into a {@link Citation} of the sentence it falls in instead of guessing from text.
 * {@code resolved} are 1-based reference indexes; {@code unresolved} the labels that matched none.
 */
public record MarkedCallout(
        String marker,
        int start,
        int end,
        List<String> labels,
        List<Integer> resolved,
        List<String> unresolved) implements Serializable {

    public MarkedCallout {
        Objects.requireNonNull(marker, "marker");
        new Span(start, end);
        labels = List.copyOf(labels);
        resolved = List.copyOf(resolved);
        unresolved = List.copyOf(unresolved);
    }

    public Citation inSentence(String sentence) {
        return new Citation(marker, sentence, start, end, labels, resolved, unresolved);
    }
}
