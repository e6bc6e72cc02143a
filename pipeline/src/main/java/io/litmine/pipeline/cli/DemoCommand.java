package io.litmine.pipeline.cli;

import io.litmine.corpus.files.FileTrees;
import io.litmine.index.export.ExportFormat;
import io.litmine.index.search.EvidenceSearcher;
import io.litmine.index.search.SearchRequest;
import io.litmine.pipeline.ingest.IndexLayout;
import io.litmine.pipeline.ingest.IngestRequest;
import io.litmine.pipeline.ingest.IngestService;
import io.litmine.pipeline.ingest.IngestSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", description = "Ingest the bundled sample papers into a fresh index, run a search "
        + "and write the claim-citation table as CSV.")
final class DemoCommand implements Callable<Integer> {
    static final String QUERY = "PTEN PI3K";

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "litmine-demo",
            description = "folder for the demo index and claims.csv (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--samples", paramLabel = "DIR", description = "sample papers (default: the bundled samples/papers)")
    Path samples;

    @Override
    public Integer call() throws Exception {
        Path papers = samples != null ? samples : SampleCorpus.locate();
        IndexLayout layout = new IndexLayout(out.resolve("index"));
        resetIndex(layout);
        PrintWriter console = spec.commandLine().getOut();
        console.println("litmine demo: ingesting " + papers);
        console.flush();
        IngestSummary summary = new IngestService().ingest(
                new IngestRequest(List.of(papers), layout, IngestRequest.DEFAULT_RUNNER, 2, null));
        console.println(summary.describe());

        try (EvidenceSearcher searcher = Searchers.open(layout)) {
            console.println();
            console.println("$ litmine search \"" + QUERY + "\" --index " + layout.root());
            SearchOutput.text(QUERY, searcher.search(new SearchRequest(QUERY, 5, 0)), 0, console);
            Path csv = out.resolve("claims.csv");
            Exports.writeClaims(searcher, null, ExportFormat.CSV, csv);
            console.println();
            console.println("claim-citation table: " + csv.toAbsolutePath().normalize());
        }
        // The README's next steps, pointed at this index (the default index is elsewhere).
        String at = " --index " + shellWord(layout.root().toString());
        console.println();
        console.println("next, on this index:");
        console.println("  ./litmine search \"loss of PTEN\"" + at);
        console.println("  ./litmine search --gene HER2 --sort support" + at);
        console.println("  ./litmine papers" + at);
        console.println("  ./litmine export --what claims --format csv --out claims.csv" + at);
        console.println("  ./litmine serve" + at + "    (then open http://localhost:8080/)");
        console.flush();
        return summary.hasFailures() ? LitmineCli.SOME_FAILED : LitmineCli.OK;
    }

    /** A path as one shell word: quoted when it holds anything but safe characters. */
    static String shellWord(String s) {
        return s.matches("[A-Za-z0-9_./:@%+=,-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }

    /** The demo always starts fresh, but only ever deletes a folder that is a litmine index. */
    private static void resetIndex(IndexLayout layout) throws IOException, UsageException {
        Path root = layout.root();
        if (!Files.exists(root)) {
            return;
        }
        if (!Files.isDirectory(layout.lucene())) {
            throw new UsageException(root + " exists and is not a litmine index; choose another --out");
        }
        FileTrees.delete(root);
    }
}
