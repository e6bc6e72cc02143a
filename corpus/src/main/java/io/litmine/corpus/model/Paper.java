package io.litmine.corpus.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A paper as extracted: a deterministic id (a hash of the file's bytes, so re-ingesting an unchanged
 * file is a no-op), where it came from, its cleaned text, and the structure found in it.
 * {@code bodyEnd} is where the body stops and the reference list starts (text length if none):
 * callouts and claims are only looked for in {@code [0, bodyEnd)}.
 */
public record Paper(
        String paperId,
        String source,
        String title,
        String text,
        List<Section> sections,
        List<Reference> references,
        int bodyEnd) implements Serializable {

    public Paper {
        Objects.requireNonNull(paperId, "paperId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        sections = List.copyOf(sections);
        references = List.copyOf(references);
        if (bodyEnd < 0 || bodyEnd > text.length()) {
            throw new IllegalArgumentException("bodyEnd " + bodyEnd + " outside text of length " + text.length());
        }
    }

    public String body() {
        return text.substring(0, bodyEnd);
    }

    /** The heading of the section containing {@code offset}, or "" when it lies in none. */
    public String sectionAt(int offset) {
        for (Section s : sections) {
            if (offset >= s.start() && offset < s.end()) {
                return s.heading();
            }
        }
        return "";
    }
}
