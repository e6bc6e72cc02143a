package io.litmine.pipeline.ingest;

import io.litmine.corpus.files.FileTrees;
import io.litmine.index.write.IndexMerger;
import io.litmine.index.write.MergeSummary;
import io.litmine.pipeline.beam.Failure;
import io.litmine.pipeline.beam.IngestOptions;
import io.litmine.pipeline.beam.IngestPipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one ingest: expands the inputs, runs the Beam pipeline on the chosen runner, merges the
 * shards the workers committed into the index in one commit, and folds the dead letters into
 * {@code failures.jsonl}. The index changes only at the merge's commit, so an ingest that dies
 * before it (even by kill -9) leaves the index as it was, and running it again completes it.
 */
public final class IngestService {
    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);
    private static final org.joda.time.Duration POLL = org.joda.time.Duration.millis(500);

    public IngestSummary ingest(IngestRequest request) throws IngestException {
        return ingest(request, IngestProgress.NONE);
    }

    public IngestSummary ingest(IngestRequest request, IngestProgress progress) throws IngestException {
        long started = System.nanoTime();
        List<Path> files = InputFiles.expand(request.inputs());
        IndexLayout layout = request.layout();
        Path staging = layout.staging().resolve("run-" + UUID.randomUUID());
        try (IngestLock lock = IngestLock.acquire(layout.ingestLock())) {
            clearStaging(layout.staging());
            Files.createDirectories(staging);
            Set<String> known = KnownPapers.ids(layout.lucene());
            Pipeline pipeline = IngestPipeline.build(options(request, staging),
                    files.stream().map(Path::toString).toList(), known);
            LOG.info("ingesting {} file(s) on {} with parallelism {}", files.size(), request.runner(),
                    request.parallelism());
            PipelineCounters counters = run(pipeline, files.size(), started, progress);

            MergeSummary merged = IndexMerger.merge(layout.lucene(), committedShards(staging));
            List<Failure> failures = FailureLog.readStaged(staging);
            Set<String> processed = files.stream().map(Path::toString).collect(Collectors.toSet());
            new FailureLog(layout.failures()).update(processed, failures);
            LexiconSnapshot.write(request.lexiconDir(), layout.lexicon());
            ModelSnapshot.write(request.models(), layout.model());

            return new IngestSummary(files.size(), merged.papersAdded(), counters.unchanged(),
                    merged.papersReplaced(), merged.papersAliased() == 0 ? counters.claims() : merged.claimsAdded(), counters.citations(),
                    counters.unresolvedCitations(), failures,
                    Duration.ofNanos(System.nanoTime() - started), counters.skippedSentences(), merged.papersAliased());
        } catch (IOException e) {
            throw new IngestException("ingest failed: " + e.getMessage(), e);
        } finally {
            deleteQuietly(staging);
        }
    }

    /** Runs the pipeline to the end, reporting progress from its counters while it runs. */
    private static PipelineCounters run(Pipeline pipeline, long total, long started, IngestProgress progress)
            throws IngestException {
        PipelineResult result = pipeline.run();
        PipelineResult.State state;
        try {
            do {
                state = result.waitUntilFinish(POLL);
                progress.update(PipelineCounters.of(result).done(), total, Duration.ofNanos(System.nanoTime() - started));
            } while (state == null || !state.isTerminal());
        } finally {
            progress.finish();
        }
        if (state != PipelineResult.State.DONE) {
            throw new IngestException("the pipeline ended in state " + state + "; the index is unchanged");
        }
        return PipelineCounters.of(result);
    }

    private static IngestOptions options(IngestRequest request, Path staging) throws IngestException {
        List<String> args = new ArrayList<>();
        args.add("--runner=" + request.runner());
        switch (request.runner()) {
            case "DirectRunner" -> args.add("--targetParallelism=" + request.parallelism());
            case "FlinkRunner" -> args.add("--parallelism=" + request.parallelism());
            // Spark's parallelism is its master URL; a cluster master comes from spark-submit.
            case "SparkRunner" -> args.add("--sparkMaster=local[" + request.parallelism() + "]");
            default -> { }
        }
        for (String option : request.runnerOptions()) {
            args.add(option.startsWith("--") ? option : "--" + option);
        }
        try {
            IngestOptions options = PipelineOptionsFactory.fromArgs(args.toArray(String[]::new))
                    .as(IngestOptions.class);
            options.setStagingDir(staging.toString());
            options.setLexiconDir(request.lexiconDir() == null ? "" : request.lexiconDir().toString());
            options.setModels(request.models().spec());
            options.setMaxSentenceTokens(request.maxSentenceTokens());
            options.setMaxFileBytes(request.limits().maxBytes());
            options.setFileTimeoutSeconds(request.limits().timeout().toSeconds());
            options.setMaxTextChars(request.limits().maxTextChars());
            options.setJobName("litmine-ingest-" + UUID.randomUUID().toString().substring(0, 8));
            // The DirectRunner runs in the background so that progress can be read while it works.
            options.as(DirectOptions.class).setBlockOnRun(false);
            return options;
        } catch (IllegalArgumentException e) {
            throw new IngestException("runner " + request.runner() + " is not available: "
                    + Failure.oneLineOf(e.getMessage()), e);
        }
    }

    /** Shards whose writer committed; a bundle that died mid-way left a folder without a commit. */
    private static List<Path> committedShards(Path staging) throws IOException {
        List<Path> shards = new ArrayList<>();
        try (Stream<Path> list = Files.list(staging)) {
            for (Path dir : list.filter(Files::isDirectory).sorted().toList()) {
                if (io.litmine.index.Indexes.committed(dir)) {
                    shards.add(dir);
                } else {
                    LOG.warn("ignoring uncommitted shard {}", dir);
                }
            }
        }
        return shards;
    }

    /** Staging folders left by a run that was killed; safe to remove while we hold the ingest lock. */
    private static void clearStaging(Path staging) throws IOException {
        if (!Files.isDirectory(staging)) {
            return;
        }
        try (Stream<Path> runs = Files.list(staging)) {
            for (Path run : runs.toList()) {
                LOG.info("removing {} left by an interrupted ingest", run.getFileName());
                deleteQuietly(run);
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            FileTrees.delete(dir);
        } catch (IOException e) {
            LOG.warn("could not remove staging folder {}: {}", dir, e.getMessage());
        }
    }
}
