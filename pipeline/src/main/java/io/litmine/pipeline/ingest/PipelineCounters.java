package io.litmine.pipeline.ingest;

import io.litmine.pipeline.beam.IngestCounters;
import java.util.HashMap;
import java.util.Map;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;

/** The ingest counters read back from a finished pipeline (attempted values: every runner has them). */
record PipelineCounters(long papers, long failed, long unchanged, long claims, long citations,
        long unresolvedCitations, long skippedSentences) {

    /** Files finished so far: indexed, failed or skipped as unchanged. */
    long done() {
        return papers + failed + unchanged;
    }

    static PipelineCounters of(PipelineResult result) {
        MetricQueryResults metrics = result.metrics().queryMetrics(MetricsFilter.builder()
                .addNameFilter(MetricNameFilter.inNamespace(IngestCounters.NAMESPACE))
                .build());
        Map<String, Long> totals = new HashMap<>();
        for (MetricResult<Long> counter : metrics.getCounters()) {
            totals.merge(counter.getName().getName(), counter.getAttempted(), Long::sum);
        }
        return new PipelineCounters(
                totals.getOrDefault(IngestCounters.PAPERS, 0L),
                totals.getOrDefault(IngestCounters.FAILED, 0L),
                totals.getOrDefault(IngestCounters.UNCHANGED, 0L),
                totals.getOrDefault(IngestCounters.CLAIMS, 0L),
                totals.getOrDefault(IngestCounters.CITATIONS, 0L),
                totals.getOrDefault(IngestCounters.UNRESOLVED, 0L),
                totals.getOrDefault(IngestCounters.SKIPPED_SENTENCES, 0L));
    }
}
