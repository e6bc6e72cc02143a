package io.litmine.pipeline.ingest;

import io.litmine.pipeline.beam.Failure;
import java.time.Duration;
import java.util.List;

/**
 * What an ingest did: papers indexed, unchanged and failed, what was found in them, how long it took,
 * and how many files were kept as aliases because their paper is another paper's work.
 */
public record IngestSummary(
        int files,
        long papers,
        long unchanged,
        long replaced,
        long claims,
        long citations,
        long unresolvedCitations,
        List<Failure> failures,
        Duration elapsed,
        long skippedSentences,
        long aliased) {

    public IngestSummary {
        failures = List.copyOf(failures);
    }

    /** The summary before long sentences were counted: none skipped. */
    public IngestSummary(int files, long papers, long unchanged, long replaced, long claims, long citations,
                         long unresolvedCitations, List<Failure> failures, Duration elapsed) {
        this(files, papers, unchanged, replaced, claims, citations, unresolvedCitations, failures, elapsed, 0, 0);
    }

    /** The summary before copies of one work were folded: no aliases. */
    public IngestSummary(int files, long papers, long unchanged, long replaced, long claims, long citations,
                         long unresolvedCitations, List<Failure> failures, Duration elapsed, long skippedSentences) {
        this(files, papers, unchanged, replaced, claims, citations, unresolvedCitations, failures, elapsed, skippedSentences, 0);
    }

    public boolean hasFailures() {
        return !failures.isEmpty();
    }

    /** One line for a terminal or a log. */
    public String describe() {
        return String.format(java.util.Locale.ROOT,
                "%d file(s): %d paper(s) indexed (%d replaced)%s, %d unchanged, %d failed; "
                        + "%d claims, %d citations (%d unresolved)%s; %.1f s",
                files, papers, replaced,
                aliased == 0 ? "" : ", " + aliased + " kept as alias(es): the same work as another paper",
                unchanged, failures.size(), claims, citations, unresolvedCitations,
                skippedSentences == 0 ? "" : ", " + skippedSentences + " over-long sentence(s) skipped",
                elapsed.toMillis() / 1000.0);
    }
}
