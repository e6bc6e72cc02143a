package io.litmine.index.search;

/**
 * A paper as a listing shows it, read from the paper document's small stored fields: listing
 * thousands of papers must not load and parse every paper's full JSON.
 */
public record PaperSummary(String paperId, String source, String title, int sentences, int claims, int references,
                           int unresolved) {
}
