package io.litmine.pipeline.beam;

import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;

/** The Beam counters the ingest summary is read from; names in one place. */
public final class IngestCounters {
    public static final String NAMESPACE = "litmine";
    public static final String PAPERS = "papers";
    public static final String UNCHANGED = "unchanged";
    public static final String FAILED = "failed";
    public static final String CLAIMS = "claims";
    public static final String CITATIONS = "citations";
    public static final String UNRESOLVED = "unresolvedCitations";
    public static final String MENTIONS = "mentions";
    /** Sentences over the claim annotator's length limit (debris, tables): skipped, not fatal. */
    public static final String SKIPPED_SENTENCES = "skippedSentences";

    private IngestCounters() {
    }

    static Counter counter(String name) {
        return Metrics.counter(NAMESPACE, name);
    }
}
