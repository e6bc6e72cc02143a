package io.litmine.pipeline.cli;

import io.litmine.index.export.EvidenceExport;
import io.litmine.index.export.ExportContent;
import io.litmine.index.export.ExportFormat;
import io.litmine.index.export.TableOptions;
import io.litmine.index.search.EvidenceSearcher;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", description = "Export the claim-citation table, the papers (structure or BioC annotations) or the cited references.")
final class ExportCommand implements Callable<Integer> {
    /** What to export. */
    enum What { CLAIMS, ASSERTIONS, PAPERS, REFERENCES }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    IndexOption index;

    @Option(names = "--what", required = true, description = "claims, assertions, papers or references")
    What what;

    @Option(names = "--format", required = true,
            description = "claims, assertions: csv, tsv or jsonl; papers: jsonl, bioc (BioC XML) or bioc-json; references: bibtex, ris, csv, tsv or jsonl")
    String format;

    @Option(names = "--query", paramLabel = "Q",
            description = "only the claims matching this query (assertions: merged from them; papers: those with such a claim; references: those they cite)")
    String query;

    @Mixin
    SearchFilterOptions filters;

    @Option(names = "--out", paramLabel = "FILE", description = "write here (default: standard output)")
    Path out;

    @Option(names = "--per-citation",
            description = "claims: one row per claim and cited reference (a claim citing nothing keeps one row)")
    boolean perCitation;

    @Option(names = "--excel",
            description = "claims as csv/tsv: start with a UTF-8 byte order mark, so spreadsheet programs read UTF-8")
    boolean excel;

    @Override
    public Integer call() throws Exception {
        EvidenceExport export = parse();
        try (EvidenceSearcher searcher = Searchers.open(index.layout())) {
            SearchHints.warnUnknownEntities(searcher, filters, spec.qualifiedName(" "), spec.commandLine().getErr());
            if (out != null) {
                Exports.atomically(out, stream -> {
                    try {
                        export.write(searcher, stream);
                    } catch (io.litmine.index.search.QuerySyntaxException e) {
                        throw new QueryFailure(e);
                    }
                });
            } else {
                // Through the command line's writer (UTF-8, and what tests capture), not System.out.
                export.write(searcher, spec.commandLine().getOut());
            }
        } catch (QueryFailure e) {
            throw e.syntaxError;
        }
        return LitmineCli.OK;
    }

    private EvidenceExport parse() throws UsageException {
        ExportFormat parsed;
        try {
            parsed = ExportFormat.fromName(format);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        ExportContent content = ExportContent.valueOf(what.name());
        if (!content.supports(parsed)) {
            throw new UsageException("--what " + what.name().toLowerCase(java.util.Locale.ROOT) + " cannot be exported as --format "
                    + parsed.extension() + " (see litmine export --help)");
        }
        if ((perCitation || excel) && content != ExportContent.CLAIMS) {
            throw new UsageException((perCitation ? "--per-citation" : "--excel") + " applies to --what claims only");
        }
        if (excel && parsed == ExportFormat.JSONL) {
            throw new UsageException("--excel applies to --format csv or tsv, not jsonl");
        }
        return new EvidenceExport(content, parsed, query, filters.filters(), new TableOptions(perCitation, excel));
    }

    /** Carries a query error out of the file writer, which may only throw IOException. */
    private static final class QueryFailure extends java.io.IOException {
        final io.litmine.index.search.QuerySyntaxException syntaxError;

        QueryFailure(io.litmine.index.search.QuerySyntaxException e) {
            super(e.getMessage(), e);
            this.syntaxError = e;
        }
    }
}
