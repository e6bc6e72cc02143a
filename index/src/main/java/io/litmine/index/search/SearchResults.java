package io.litmine.index.search;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of hits, how many claims match in all, and (when asked for) facet counts over all of
 * them: per dimension, value → count, most frequent first.
 */
public record SearchResults(long total, List<SearchHit> hits, Map<FacetDimension, Map<String, Long>> facets) {

    public SearchResults {
        hits = List.copyOf(hits);
        facets = copyOf(facets);
    }

    /** An unmodifiable copy of facet counts that keeps each dimension's order (most frequent first). */
    static Map<FacetDimension, Map<String, Long>> copyOf(Map<FacetDimension, Map<String, Long>> facets) {
        Map<FacetDimension, Map<String, Long>> copy = new EnumMap<>(FacetDimension.class);
        facets.forEach((dimension, counts) -> copy.put(dimension, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts))));
        return java.util.Collections.unmodifiableMap(copy);
    }

    /** Without facet counts. */
    public SearchResults(long total, List<SearchHit> hits) {
        this(total, hits, Map.of());
    }
}
