package io.litmine.pipeline.ingest;

import io.litmine.annotators.AnnotatorConfig;
import io.litmine.annotators.model.ModelChoice;
import io.litmine.corpus.extract.ExtractionLimits;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to ingest and how: input files or folders, the index, the Beam runner by name
 * (DirectRunner, FlinkRunner, SparkRunner: whichever is on the class path), worker parallelism,
 * an optional lexicon folder (null: the built-in curated lexicon), which gene and chemical models
 * tag (null: the shipped ones), what one file may cost (size and
 * time; null: {@link ExtractionLimits#defaults()}), and extra Beam runner options, passed to Beam
 * as they are ({@code flinkMaster=host:8081} becomes {@code --flinkMaster=host:8081}): how a
 * cluster runner is pointed at its cluster; and the sentence-length limit of claim extraction.
 */
public record IngestRequest(List<Path> inputs, IndexLayout layout, String runner, int parallelism, Path lexiconDir,
        ExtractionLimits limits, List<String> runnerOptions, ModelChoice models, int maxSentenceTokens) {
    public static final String DEFAULT_RUNNER = "DirectRunner";

    public IngestRequest {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(layout, "layout");
        runner = runner == null || runner.isBlank() ? DEFAULT_RUNNER : runner;
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, got " + parallelism);
        }
        limits = limits == null ? ExtractionLimits.defaults() : limits;
        runnerOptions = runnerOptions == null ? List.of() : List.copyOf(runnerOptions);
        models = models == null ? ModelChoice.BUILT_IN : models;
        if (maxSentenceTokens < 1) {
            throw new IllegalArgumentException("the sentence-length limit must be at least 1, got " + maxSentenceTokens);
        }
    }

    /** With the default extraction limits and no extra runner options. */
    public IngestRequest(List<Path> inputs, IndexLayout layout, String runner, int parallelism, Path lexiconDir) {
        this(inputs, layout, runner, parallelism, lexiconDir, null, List.of(), null,
                AnnotatorConfig.DEFAULT_MAX_SENTENCE_TOKENS);
    }
}
