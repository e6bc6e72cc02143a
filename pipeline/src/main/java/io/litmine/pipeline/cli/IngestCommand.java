package io.litmine.pipeline.cli;

import io.litmine.corpus.extract.ExtractionLimits;
import io.litmine.pipeline.beam.Failure;
import io.litmine.pipeline.ingest.IngestException;
import io.litmine.pipeline.ingest.IngestProgress;
import io.litmine.pipeline.ingest.ProgressDisplays;
import io.litmine.pipeline.ingest.IngestRequest;
import io.litmine.pipeline.ingest.IngestService;
import io.litmine.pipeline.ingest.IngestSummary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", description = "Extract, annotate and index papers (files or folders). "
        + "Unchanged files are skipped, changed files replace their old version, failures go to DIR/failures.jsonl.")
final class IngestCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "papers (PDF, DOCX, HTML, JATS XML, TXT, MD) or folders of them")
    List<Path> paths;

    @Mixin
    IndexOption index;

    @Option(names = "--runner", defaultValue = IngestRequest.DEFAULT_RUNNER,
            description = "Beam runner: DirectRunner, FlinkRunner or SparkRunner (default: ${DEFAULT-VALUE})")
    String runner;

    @Option(names = "--parallelism", defaultValue = "2", description = "workers (default: ${DEFAULT-VALUE})")
    int parallelism;

    @Option(names = "--runner-option", paramLabel = "KEY=VALUE",
            description = "a Beam option for the runner, repeatable, e.g. flinkMaster=jobmanager:8081 or sparkMaster=spark://host:7077")
    List<String> runnerOptions = new java.util.ArrayList<>();

    @Option(names = "--lexicon", paramLabel = "DIR", description = "gene/drug lexicon folder (default: ~/.litmine/lexicon if imported, else the built-in one)")
    Path lexicon;

    @CommandLine.Mixin
    ModelOptions models = new ModelOptions();

    @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "" + ExtractionLimits.DEFAULT_MAX_MB,
            description = "largest file to extract; a larger one is listed as failed, unread (default: ${DEFAULT-VALUE})")
    long maxFileMb;

    @Option(names = "--file-timeout", paramLabel = "SECONDS", defaultValue = "" + ExtractionLimits.DEFAULT_TIMEOUT_SECONDS,
            description = "time limit of one file's extraction (default: ${DEFAULT-VALUE})")
    long fileTimeout;

    @Option(names = "--max-text-chars", paramLabel = "N", defaultValue = "" + ExtractionLimits.DEFAULT_MAX_TEXT_CHARS,
            description = "most characters of text one file may expand to; more is listed as failed (a decompression bomb) "
                    + "(default: ${DEFAULT-VALUE})")
    int maxTextChars;

    @Option(names = "--max-sentence-tokens", paramLabel = "N", defaultValue = "150",
            description = "longer sentences (extraction debris, tables) get no claims and are counted (default: ${DEFAULT-VALUE})")
    int maxSentenceTokens;

    @Override
    public Integer call() throws IngestException, UsageException {
        if (parallelism < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--parallelism must be at least 1");
        }
        if (maxFileMb < 1 || fileTimeout < 1 || maxSentenceTokens < 1 || maxTextChars < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--max-file-mb, --file-timeout, --max-text-chars and --max-sentence-tokens must be at least 1");
        }
        ExtractionLimits limits = ExtractionLimits.defaults().with(maxFileMb * 1024 * 1024, Duration.ofSeconds(fileTimeout))
                .withMaxTextChars(maxTextChars);
        // A person at a terminal sees one line rewritten in place; a log or a pipe gets plain lines.
        IngestProgress progress = System.console() != null
                ? ProgressDisplays.terminal(spec.commandLine().getErr())
                : ProgressDisplays.log(Duration.ofSeconds(10));
        IngestSummary summary = new IngestService().ingest(
                new IngestRequest(paths, index.layout(), runner, parallelism, LexiconLocation.resolve(lexicon), limits,
                        runnerOptions, models.choice(), maxSentenceTokens), progress);
        PrintWriter err = spec.commandLine().getErr();
        for (Failure failure : summary.failures()) {
            err.println("failed: " + failure.source() + ": " + failure.reason());
        }
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        out.println(summary.describe());
        if (summary.hasFailures()) {
            out.println("failures are listed in " + index.layout().failures());
        }
        out.flush();
        return summary.hasFailures() ? LitmineCli.SOME_FAILED : LitmineCli.OK;
    }
}
