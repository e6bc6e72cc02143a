package io.litmine.pipeline.cli;

import io.litmine.pipeline.beam.Failure;
import io.litmine.pipeline.ingest.IngestException;
import io.litmine.pipeline.ingest.IngestRequest;
import io.litmine.pipeline.ingest.IngestService;
import io.litmine.pipeline.ingest.IngestSummary;
import java.io.PrintWriter;
import java.nio.file.Path;
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

    @Option(names = "--lexicon", paramLabel = "DIR", description = "gene/drug lexicon folder (default: ~/.litmine/lexicon if imported, else the built-in one)")
    Path lexicon;

    @Override
    public Integer call() throws IngestException, UsageException {
        if (parallelism < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--parallelism must be at least 1");
        }
        IngestSummary summary = new IngestService().ingest(
                new IngestRequest(paths, index.layout(), runner, parallelism, LexiconLocation.resolve(lexicon)));
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
