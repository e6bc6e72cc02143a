package io.litmine.corpus.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a paper's reference list. {@code index} is the 1-based position in the list;
 * {@code label} is what the paper prints ("19" for a numbered list). Parsed fields are null when
 * the parser could not find them; {@code raw} always holds the entry as printed.
 */
public record Reference(
        String label,
        int index,
        String raw,
        List<String> authors,
        String title,
        String container,
        Integer year,
        String volume,
        String issue,
        String pages,
        String doi,
        String pmid) implements Serializable {

    public Reference {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(raw, "raw");
        if (index < 1) {
            throw new IllegalArgumentException("reference index is 1-based, got " + index);
        }
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** Only the raw text is known: the fields are filled in by a reference parser. */
    public static Reference unparsed(String label, int index, String raw) {
        return new Reference(label, index, raw, List.of(), null, null, null, null, null, null, null, null);
    }
}
