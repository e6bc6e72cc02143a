package io.litmine.index.search;

import io.litmine.corpus.model.Claim;
import java.util.List;
import java.util.Objects;

/**
 * A matching claim, the title of its paper, its sentence as HTML with the matched terms in
 * {@code <mark>} tags (HTML-escaped, so always safe to insert into a page; the plain escaped
 * sentence when nothing could be marked), the references it cites, its BM25 score, and its support
 * (distinct papers asserting the same; 0 when the search did not sort by support), and its paper's
 * metadata (title, authors, year, journal, ids; null where not looked up).
 */
public record SearchHit(Claim claim, String paperTitle, String highlight, List<CitedReference> citations, float score,
                        int support, PaperMeta paper) {
    public SearchHit {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(paperTitle, "paperTitle");
        Objects.requireNonNull(highlight, "highlight");
        citations = List.copyOf(citations);
    }

    public SearchHit(Claim claim, String paperTitle, String highlight, List<CitedReference> citations, float score) {
        this(claim, paperTitle, highlight, citations, score, 0, null);
    }
}
