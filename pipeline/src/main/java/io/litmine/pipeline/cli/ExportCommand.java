package io.litmine.pipeline.cli;

import io.litmine.index.assertion.AssertionExporter;
import io.litmine.index.export.ClaimExporter;
import io.litmine.index.export.ExportFormat;
import io.litmine.index.export.PaperExporter;
import io.litmine.index.search.EvidenceSearcher;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", description = "Export the claim-citation table or the papers' parsed structure.")
final class ExportCommand implements Callable<Integer> {
    /** What to export. */
    enum What { CLAIMS, ASSERTIONS, PAPERS }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    IndexOption index;

    @Option(names = "--what", required = true, description = "claims, assertions or papers")
    What what;

    @Option(names = "--format", required = true, description = "claims and assertions: csv, tsv or jsonl; papers: jsonl")
    String format;

    @Option(names = "--query", paramLabel = "Q", description = "only the claims (or assertions over the claims) matching this query")
    String query;

    @Option(names = "--out", paramLabel = "FILE", description = "write here (default: standard output)")
    Path out;

    @Override
    public Integer call() throws Exception {
        ExportFormat exportFormat = parseFormat();
        try (EvidenceSearcher searcher = Searchers.open(index.layout())) {
            if (what == What.CLAIMS) {
                if (out != null) {
                    Exports.writeClaims(searcher, query, exportFormat, out);
                } else {
                    var rows = Exports.claimRows(searcher, query);
                    ClaimExporter.write(rows, exportFormat, spec.commandLine().getOut());
                }
            } else if (what == What.ASSERTIONS) {
                if (out != null) {
                    Exports.writeAssertions(searcher, query, exportFormat, out);
                } else {
                    AssertionExporter.write(Exports.assertions(searcher, query), exportFormat, spec.commandLine().getOut());
                }
            } else {
                if (query != null) {
                    throw new UsageException("--query applies to --what claims or assertions only");
                }
                if (out != null) {
                    Exports.writePapers(searcher, out);
                } else {
                    var papers = searcher.papers();
                    PaperExporter.write(papers, spec.commandLine().getOut());
                }
            }
        }
        return LitmineCli.OK;
    }

    private ExportFormat parseFormat() throws UsageException {
        ExportFormat parsed;
        try {
            parsed = ExportFormat.fromName(format);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (what == What.PAPERS && parsed != ExportFormat.JSONL) {
            throw new UsageException("--what papers is exported as --format jsonl");
        }
        return parsed;
    }
}
