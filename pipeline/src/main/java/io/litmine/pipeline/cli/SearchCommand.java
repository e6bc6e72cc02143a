package io.litmine.pipeline.cli;

import io.litmine.index.search.EvidenceSearcher;
import io.litmine.index.search.SearchRequest;
import io.litmine.index.json.SearchResultsJson;
import io.litmine.index.search.SearchResults;
import io.litmine.index.search.SentenceResults;
import io.litmine.index.search.SortOrder;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", description = "Full-text evidence search: ranked sentences of every paper, each with its claims "
        + "and citations (--claims-only: ranked claims).")
final class SearchCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "QUERY", arity = "0..1", defaultValue = "",
            description = "words, \"phrases\", AND/OR/NOT, field:value (gene, drug, relation, netRelation, state, mechanism, "
                    + "evidence, section, year, hedged, negated, cites); blank with filters: every claim they allow")
    String query;

    @Mixin
    IndexOption index;

    @Mixin
    SearchFilterOptions filters;

    @Option(names = "--limit", defaultValue = "10", description = "hits to show (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--offset", defaultValue = "0", description = "hits to skip, for paging (default: ${DEFAULT-VALUE})")
    int offset;

    @Option(names = "--sort", defaultValue = "relevance",
            description = "relevance or support (claims asserted by the most papers first) (default: ${DEFAULT-VALUE})")
    SortOrder sort;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Option(names = "--claims-only", description = "hits are claims, one per claim (several per sentence), not sentences")
    boolean claimsOnly;

    @Override
    public Integer call() throws Exception {
        if (limit < 1 || limit > SearchRequest.MAX_LIMIT || offset < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--limit must be between 1 and " + SearchRequest.MAX_LIMIT + " and --offset ≥ 0");
        }
        // Facets only for JSON: the text listing does not show them.
        SearchRequest request = new SearchRequest(query, limit, offset, filters.filters(), sort, format == OutputFormat.JSON);
        try (EvidenceSearcher searcher = Searchers.open(index.layout())) {
            PrintWriter err = spec.commandLine().getErr();
            SearchHints.warnUnknownEntities(searcher, filters, spec.qualifiedName(" "), err);
            boolean claims = claimsOnly || !searcher.hasSentences();
            if (!claimsOnly && claims) {
                err.println("note: this index predates sentence search; showing claims. Run `litmine ingest` again to index "
                        + "every sentence.");
            }
            PrintWriter out = spec.commandLine().getOut();
            SearchResults claimHits = claims ? searcher.search(request) : null;
            SentenceResults sentenceHits = claims ? null : searcher.searchSentences(request);
            long total = claims ? claimHits.total() : sentenceHits.total();
            Map<String, List<String>> suggestions = total == 0 ? SearchHints.didYouMean(searcher, query) : Map.of();
            if (format == OutputFormat.JSON) {
                out.println(SearchOutput.json(claims ? SearchResultsJson.tree(claimHits) : SearchResultsJson.tree(sentenceHits),
                        suggestions));
            } else {
                if (claims) {
                    SearchOutput.text(query, claimHits, offset, out);
                } else {
                    SearchOutput.text(query, sentenceHits, offset, out);
                }
                if (!suggestions.isEmpty()) {
                    out.println(SearchHints.line(suggestions));
                }
            }
            out.flush();
            err.flush();
        }
        return LitmineCli.OK;
    }
}
