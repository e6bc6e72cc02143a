package io.litmine.index.search;

import io.litmine.index.schema.Fields;

/** What search results are counted by, with the name the API uses and the field it counts. */
public enum FacetDimension {
    GENE("gene", Fields.GENES, 25),
    DRUG("drug", Fields.DRUGS, 25),
    MECHANISM("mechanism", Fields.MECHANISM, Integer.MAX_VALUE),
    RELATION("relation", Fields.RELATION, Integer.MAX_VALUE),
    EVIDENCE("evidence", Fields.EVIDENCE, Integer.MAX_VALUE),
    YEAR("year", Fields.YEAR, 50),
    /** Counts only claims indexed since net relations were (older ones have no such field). */
    NET_RELATION("netRelation", Fields.NET_RELATION, Integer.MAX_VALUE),
    /** Claims with a subject or object in each state (loss, gain, mutant); a claim with both counts in both. */
    STATE("state", Fields.STATE, Integer.MAX_VALUE);

    private final String key;
    private final String field;
    private final int top;

    FacetDimension(String key, String field, int top) {
        this.key = key;
        this.field = field;
        this.top = top;
    }

    /** The key in the API's {@code facets} object, also the query-string parameter filtering on it. */
    public String key() {
        return key;
    }

    String field() {
        return field;
    }

    /** How many values are returned, most frequent first (genes and drugs have long tails). */
    int top() {
        return top;
    }
}
