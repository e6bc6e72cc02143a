package io.litmine.index.search;

import java.util.List;

/**
 * A paper as a listing shows it, read from the paper document's small stored fields: listing
 * thousands of papers must not load and parse every paper's full JSON. {@code unresolved} counts the
 * callout labels that matched no reference, {@code unresolvedLabels} are they; {@code callouts} counts
 * the callouts; {@code meta} its authors, year, journal and ids.
 */
public record PaperSummary(String paperId, String source, String title, int sentences, int claims, int references,
                           int unresolved, int callouts, List<String> unresolvedLabels, PaperMeta meta) {
    public PaperSummary {
        unresolvedLabels = unresolvedLabels == null ? List.of() : List.copyOf(unresolvedLabels);
        meta = meta == null ? PaperMeta.unknown(paperId) : meta;
    }
}
