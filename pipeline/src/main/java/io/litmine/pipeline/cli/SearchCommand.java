package io.litmine.pipeline.cli;

import io.litmine.corpus.model.CitationCheck;
import io.litmine.index.search.EvidenceSearcher;
import io.litmine.index.search.SearchRequest;
import io.litmine.index.search.SearchResults;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", description = "Full-text evidence search: ranked claims with their citations.")
final class SearchCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "QUERY", description = "words, \"phrases\", AND/OR/NOT, field:value")
    String query;

    @Mixin
    IndexOption index;

    @Option(names = "--limit", defaultValue = "10", description = "hits to show (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--offset", defaultValue = "0", description = "hits to skip, for paging (default: ${DEFAULT-VALUE})")
    int offset;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Option(names = "--citation-check", paramLabel = "CHECK",
            description = "only claims whose cited titles are: title-supported, unverified or none")
    String citationCheck;

    @Override
    public Integer call() throws Exception {
        if (limit < 1 || offset < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be ≥ 1 and --offset ≥ 0");
        }
        try (EvidenceSearcher searcher = Searchers.open(index.layout())) {
            SearchResults results = searcher.search(new SearchRequest(query, limit, offset, parseCitationCheck()));
            PrintWriter out = spec.commandLine().getOut();
            if (format == OutputFormat.JSON) {
                out.println(SearchOutput.json(results));
            } else {
                SearchOutput.text(query, results, offset, out);
            }
            out.flush();
        }
        return LitmineCli.OK;
    }

    private CitationCheck parseCitationCheck() throws UsageException {
        if (citationCheck == null) {
            return null;
        }
        try {
            return CitationCheck.fromLabel(citationCheck);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
