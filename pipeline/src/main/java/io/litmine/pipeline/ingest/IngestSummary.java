package io.litmine.pipeline.ingest;

import io.litmine.pipeline.beam.Failure;
import java.time.Duration;
import java.util.List;

/** What an ingest did: papers indexed, unchanged and failed, what was found in them, and how long it took. */
public record IngestSummary(
        int files,
        long papers,
        long unchanged,
        long replaced,
        long claims,
        long citations,
        long unresolvedCitations,
        List<Failure> failures,
        Duration elapsed) {

    public IngestSummary {
        failures = List.copyOf(failures);
    }

    public boolean hasFailures() {
        return !failures.isEmpty();
    }

    /** One line for a terminal or a log. */
    public String describe() {
        return String.format(java.util.Locale.ROOT,
                "%d file(s): %d paper(s) indexed (%d replaced), %d unchanged, %d failed; "
                        + "%d claims, %d citations (%d unresolved); %.1f s",
                files, papers, replaced, unchanged, failures.size(), claims, citations, unresolvedCitations,
                elapsed.toMillis() / 1000.0);
    }
}
