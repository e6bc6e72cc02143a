package io.litmine.pipeline.cli;

import io.litmine.corpus.model.Claim;
import io.litmine.index.json.SearchResultsJson;
import io.litmine.index.search.CitedReference;
import io.litmine.index.search.SearchHit;
import io.litmine.index.search.SearchResults;
import java.io.PrintWriter;

/** Prints search results for a terminal, or as the JSON the HTTP API returns (ARCHITECTURE.md). */
final class SearchOutput {
    private static final int REFERENCE_WIDTH = 110;

    private SearchOutput() {
    }

    static void text(String query, SearchResults results, int offset, PrintWriter out) {
        out.printf("%d claim(s) match \"%s\"%n", results.total(), query);
        int rank = offset;
        for (SearchHit hit : results.hits()) {
            Claim c = hit.claim();
            out.printf("%n%2d. %s%n", ++rank, c.sentence());
            out.printf("    %s%s%s  [%s, %s]%n", ClaimStatement.of(c),
                    c.negated() ? "  (negated)" : "", c.hedged() ? "  (hedged)" : "",
                    c.mechanism(), c.evidence().label());
            if (hit.support() > 0) {
                out.printf("    asserted by %d paper(s)%n", hit.support());
            }
            out.printf("    in: %s%s%n", hit.paperTitle(), c.section().isEmpty() ? "" : " / " + c.section());
            for (CitedReference ref : hit.citations()) {
                out.printf("    [%s] %s%n", ref.label(), abbreviate(ref.reference()));
            }
            for (String label : c.unresolved()) {
                out.printf("    [%s] (no such reference in the paper's list)%n", label);
            }
        }
    }

    /** The HTTP API's JSON, from the one serialiser the server uses too. */
    static String json(SearchResults results) {
        return SearchResultsJson.toJson(results);
    }

    /** The same, with {@code "suggestions": {word: [nearest indexed words]}} when there are any. */
    static String json(SearchResults results, java.util.Map<String, java.util.List<String>> suggestions) throws java.io.IOException {
        String json = SearchResultsJson.toJson(results);
        if (suggestions.isEmpty()) {
            return json;
        }
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode body = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(json);
        body.set("suggestions", mapper.valueToTree(suggestions));
        return mapper.writeValueAsString(body);
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= REFERENCE_WIDTH ? one : one.substring(0, REFERENCE_WIDTH - 1) + "…";
    }
}
