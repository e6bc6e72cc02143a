package io.litmine.index.search;

import java.util.Locale;

/** How hits are ordered. */
public enum SortOrder {
    /** Best BM25 score first; ties in reading order. */
    RELEVANCE,
    /**
     * The claims most papers assert first: support is the number of distinct papers with a claim of
     * the same subject, net relation and object; ties by relevance.
     */
    SUPPORT;

    /** Parses {@code relevance} or {@code support}, case-insensitively. */
    public static SortOrder fromName(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown sort '" + name + "' (expected relevance or support)", e);
        }
    }
}
