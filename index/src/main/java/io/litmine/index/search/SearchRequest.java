package io.litmine.index.search;

import io.litmine.corpus.model.CitationCheck;
import java.util.Objects;

/**
 * A full-text evidence search: a classic Lucene query over the claim sentences (blank = every
 * claim), and a page of results.
 *
 * <p>Filters (gene, drug, mechanism, hedged, …) will arrive as further components. When they do, a
 * constructor with exactly these three parameters and the {@link #of}/{@code with…} methods stay, so
 * callers written against this version keep compiling; prefer {@link #of} and the withers.
 * {@code citationCheck}: only claims whose citation check is this one (null: any).
 */
public record SearchRequest(String query, int limit, int offset, CitationCheck citationCheck) {

    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 1000;

    public SearchRequest {
        query = Objects.requireNonNullElse(query, "").strip();
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, got " + offset);
        }
    }

    public SearchRequest(String query, int limit, int offset) {
        this(query, limit, offset, null);
    }

    /** The first {@value #DEFAULT_LIMIT} hits for {@code query}. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, DEFAULT_LIMIT, 0);
    }

    public SearchRequest withLimit(int newLimit) {
        return new SearchRequest(query, newLimit, offset, citationCheck);
    }

    public SearchRequest withOffset(int newOffset) {
        return new SearchRequest(query, limit, newOffset, citationCheck);
    }

    public SearchRequest withCitationCheck(CitationCheck check) {
        return new SearchRequest(query, limit, offset, check);
    }

    public boolean matchesAll() {
        return query.isEmpty();
    }
}
