package io.litmine.index.search;

import io.litmine.index.schema.Fields;
import java.util.Locale;

/** What search results are counted by, with the name the API uses and the field it counts. */
public enum FacetDimension {
    GENE(Fields.GENES, 25),
    DRUG(Fields.DRUGS, 25),
    MECHANISM(Fields.MECHANISM, Integer.MAX_VALUE),
    RELATION(Fields.RELATION, Integer.MAX_VALUE),
    EVIDENCE(Fields.EVIDENCE, Integer.MAX_VALUE),
    YEAR(Fields.YEAR, 50);

    private final String field;
    private final int top;

    FacetDimension(String field, int top) {
        this.field = field;
        this.top = top;
    }

    /** The key in the API's {@code facets} object, also the query-string parameter filtering on it. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    String field() {
        return field;
    }

    /** How many values are returned, most frequent first (genes and drugs have long tails). */
    int top() {
        return top;
    }
}
