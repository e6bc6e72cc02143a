package io.litmine.index.search;

import java.util.List;
import java.util.Map;

/**
 * One page of sentence hits, how many sentences match in all, and (when asked for) facet counts over
 * all of them: per dimension, value → number of sentences, most frequent first. A sentence counts for a
 * claim dimension (relation, mechanism, …) when one of its claims has the value.
 */
public record SentenceResults(long total, List<SentenceHit> hits, Map<FacetDimension, Map<String, Long>> facets) {

    public SentenceResults {
        hits = List.copyOf(hits);
        facets = SearchResults.copyOf(facets);
    }
}
