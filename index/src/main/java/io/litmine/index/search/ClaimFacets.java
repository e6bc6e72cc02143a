package io.litmine.index.search;

import java.io.IOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.IndexReader;

/**
 * Counts the values of each {@link FacetDimension} over the documents a search matched, straight
 * from the keyword fields' sorted-set doc values (no separate facet fields or taxonomy index to keep
 * in step). The per-field ordinal maps cost a pass over the terms, so they are built once per
 * reader, on first use. Thread-safe.
 */
final class ClaimFacets {

    private final IndexReader reader;
    private final Map<FacetDimension, StringDocValuesReaderState> states = new ConcurrentHashMap<>();

    ClaimFacets(IndexReader reader) {
        this.reader = reader;
    }

    Map<FacetDimension, Map<String, Long>> count(FacetsCollector hits) throws IOException {
        Map<FacetDimension, Map<String, Long>> facets = new EnumMap<>(FacetDimension.class);
        for (FacetDimension dimension : FacetDimension.values()) {
            facets.put(dimension, count(dimension, hits));
        }
        return facets;
    }

    private Map<String, Long> count(FacetDimension dimension, FacetsCollector hits) throws IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        StringDocValuesReaderState state = state(dimension);
        if (state == null) {
            return counts;
        }
        FacetResult result = new StringValueFacetCounts(state, hits).getTopChildren(dimension.top(), dimension.field());
        if (result != null) {
            for (LabelAndValue lv : result.labelValues) {
                counts.put(lv.label, lv.value.longValue());
            }
        }
        return counts;
    }

    /** Null when no document has the field (an empty index, or one written before the field existed). */
    private StringDocValuesReaderState state(FacetDimension dimension) throws IOException {
        StringDocValuesReaderState state = states.get(dimension);
        if (state == null && hasField(dimension.field())) {
            state = new StringDocValuesReaderState(reader, dimension.field());
            states.put(dimension, state);
        }
        return state;
    }

    private boolean hasField(String field) {
        return reader.leaves().stream().anyMatch(leaf -> leaf.reader().getFieldInfos().fieldInfo(field) != null);
    }
}
