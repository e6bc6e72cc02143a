package io.litmine.pipeline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.litmine.corpus.model.Claim;
import io.litmine.index.search.CitedReference;
import io.litmine.index.search.SearchHit;
import io.litmine.index.search.SearchResults;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints search results for a terminal, or as the JSON the HTTP API returns (ARCHITECTURE.md). */
final class SearchOutput {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int REFERENCE_WIDTH = 110;

    private SearchOutput() {
    }

    static void text(String query, SearchResults results, int offset, PrintWriter out) {
        out.printf("%d claim(s) match \"%s\"%n", results.total(), query);
        int rank = offset;
        for (SearchHit hit : results.hits()) {
            Claim c = hit.claim();
            out.printf("%n%2d. %s%n", ++rank, c.sentence());
            out.printf("    %s %s %s%s%s  [%s, %s]%n", c.subject(), c.relation(), c.object(),
                    c.negated() ? "  (negated)" : "", c.hedged() ? "  (hedged)" : "",
                    c.mechanism(), c.evidence().label());
            out.printf("    in: %s%s%n", hit.paperTitle(), c.section().isEmpty() ? "" : " / " + c.section());
            for (CitedReference ref : hit.citations()) {
                out.printf("    [%s] %s%n", ref.label(), abbreviate(ref.reference()));
            }
            for (String label : c.unresolved()) {
                out.printf("    [%s] (no such reference in the paper's list)%n", label);
            }
        }
    }

    static String json(SearchResults results) {
        List<Map<String, Object>> hits = new ArrayList<>();
        for (SearchHit hit : results.hits()) {
            Claim c = hit.claim();
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("claimId", c.claimId());
            h.put("paperId", c.paperId());
            h.put("paperTitle", hit.paperTitle());
            h.put("section", c.section());
            h.put("sentence", c.sentence());
            h.put("highlight", hit.highlight());
            h.put("subject", c.subject());
            h.put("subjectId", c.subjectId());
            h.put("relation", c.relation().name());
            h.put("object", c.object());
            h.put("objectId", c.objectId());
            h.put("negated", c.negated());
            h.put("hedged", c.hedged());
            h.put("evidence", c.evidence().label());
            h.put("mechanism", c.mechanism().name());
            h.put("genes", c.genes());
            h.put("drugs", c.drugs());
            List<Map<String, Object>> cites = new ArrayList<>();
            for (CitedReference ref : hit.citations()) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("label", ref.label());
                r.put("index", ref.index());
                r.put("reference", ref.reference());
                cites.add(r);
            }
            h.put("citations", cites);
            h.put("unresolved", c.unresolved());
            h.put("score", hit.score());
            hits.add(h);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", results.total());
        body.put("hits", hits);
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= REFERENCE_WIDTH ? one : one.substring(0, REFERENCE_WIDTH - 1) + "…";
    }
}
