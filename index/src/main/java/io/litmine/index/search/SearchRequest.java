package io.litmine.index.search;

import java.util.Objects;

/**
 * An evidence search: a classic Lucene query over the claims (blank = every claim), filters, an
 * order, a page of results, and whether to count facets.
 *
 * <p>The three-argument constructor and the {@link #of}/{@code with…} methods are the stable way to
 * build one; the canonical constructor grows when the request does.
 */
public record SearchRequest(String query, int limit, int offset, SearchFilters filters, SortOrder sort, boolean facets) {

    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 1000;

    public SearchRequest {
        query = Objects.requireNonNullElse(query, "").strip();
        filters = Objects.requireNonNullElse(filters, SearchFilters.NONE);
        sort = Objects.requireNonNullElse(sort, SortOrder.RELEVANCE);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, got " + offset);
        }
    }

    /** No filters, by relevance, no facets. */
    public SearchRequest(String query, int limit, int offset) {
        this(query, limit, offset, SearchFilters.NONE, SortOrder.RELEVANCE, false);
    }

    /** The first {@value #DEFAULT_LIMIT} hits for {@code query}. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, DEFAULT_LIMIT, 0);
    }

    public SearchRequest withLimit(int newLimit) {
        return new SearchRequest(query, newLimit, offset, filters, sort, facets);
    }

    public SearchRequest withOffset(int newOffset) {
        return new SearchRequest(query, limit, newOffset, filters, sort, facets);
    }

    public SearchRequest withFilters(SearchFilters newFilters) {
        return new SearchRequest(query, limit, offset, newFilters, sort, facets);
    }

    public SearchRequest withSort(SortOrder newSort) {
        return new SearchRequest(query, limit, offset, filters, newSort, facets);
    }

    public SearchRequest withFacets(boolean count) {
        return new SearchRequest(query, limit, offset, filters, sort, count);
    }

    public boolean matchesAll() {
        return query.isEmpty() && filters.isEmpty();
    }
}
