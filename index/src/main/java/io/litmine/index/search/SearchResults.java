package io.litmine.index.search;

import java.util.List;

/** One page of hits, and how many claims match in all. */
public record SearchResults(long total, List<SearchHit> hits) {
    public SearchResults {
        hits = List.copyOf(hits);
    }
}
