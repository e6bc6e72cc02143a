package io.litmine.pipeline.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to ingest and how: input files or folders, the index, the Beam runner by name
 * (DirectRunner, FlinkRunner, SparkRunner: whichever is on the class path), worker parallelism,
 * an optional lexicon folder (null: the built-in curated lexicon), and extra Beam runner options.
 */
public record IngestRequest(List<Path> inputs, IndexLayout layout, String runner, int parallelism, Path lexiconDir,
        List<String> runnerOptions) {
    public static final String DEFAULT_RUNNER = "DirectRunner";

    public IngestRequest(List<Path> inputs, IndexLayout layout, String runner, int parallelism, Path lexiconDir) {
        this(inputs, layout, runner, parallelism, lexiconDir, List.of());
    }

    /**
     * {@code runnerOptions} are passed to Beam as they are ({@code flinkMaster=host:8081} becomes
     * {@code --flinkMaster=host:8081}): how a cluster runner is pointed at its cluster.
     */
    public IngestRequest {
        inputs = List.copyOf(inputs);
        runnerOptions = runnerOptions == null ? List.of() : List.copyOf(runnerOptions);
        Objects.requireNonNull(layout, "layout");
        runner = runner == null || runner.isBlank() ? DEFAULT_RUNNER : runner;
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, got " + parallelism);
        }
    }
}
