package io.litmine.corpus.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A paper as extracted: a deterministic id (a hash of the file's bytes, so re-ingesting an unchanged
 * file is a no-op), where it came from, its metadata when the file has it (authors, year, DOI may be
 * empty/null), its cleaned text, and the structure found in it.
 * {@code bodyEnd} is where the body stops and the reference list starts (text length if none):
 * callouts and claims are only looked for in {@code [0, bodyEnd)}. {@code markedCallouts} are the
 * callouts the source's markup gives (JATS); empty for formats where they must be found in the text.
 * {@code publication} is the journal, PMID and PMCID where the file gives them ({@link Publication#NONE}
 * otherwise, and in JSON written before they were read).
 */
public record Paper(
        String paperId,
        String source,
        String title,
        List<String> authors,
        Integer year,
        String doi,
        String text,
        List<Section> sections,
        List<Reference> references,
        int bodyEnd,
        List<MarkedCallout> markedCallouts,
        Publication publication) implements Serializable {

    public Paper {
        Objects.requireNonNull(paperId, "paperId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        authors = authors == null ? List.of() : List.copyOf(authors);
        sections = List.copyOf(sections);
        references = List.copyOf(references);
        markedCallouts = markedCallouts == null ? List.of() : List.copyOf(markedCallouts);
        publication = publication == null ? Publication.NONE : publication;
        if (bodyEnd < 0 || bodyEnd > text.length()) {
            throw new IllegalArgumentException("bodyEnd " + bodyEnd + " outside text of length " + text.length());
        }
        for (MarkedCallout c : markedCallouts) {
            if (c.end() > bodyEnd) {
                throw new IllegalArgumentException("marked callout " + c.marker() + " lies outside the body");
            }
        }
    }

    /** A paper without journal or database ids. */
    public Paper(String paperId, String source, String title, List<String> authors, Integer year, String doi, String text,
            List<Section> sections, List<Reference> references, int bodyEnd, List<MarkedCallout> markedCallouts) {
        this(paperId, source, title, authors, year, doi, text, sections, references, bodyEnd, markedCallouts, Publication.NONE);
    }

    /** A paper with no metadata beyond its title and no marked callouts (text formats). */
    public Paper(String paperId, String source, String title, String text, List<Section> sections,
            List<Reference> references, int bodyEnd) {
        this(paperId, source, title, List.of(), null, null, text, sections, references, bodyEnd, List.of());
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
