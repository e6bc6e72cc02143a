package io.litmine.pipeline.cli;

import io.litmine.corpus.model.Claim;
import io.litmine.index.json.EvidenceJson;
import io.litmine.index.json.SearchResultsJson;
import io.litmine.index.search.CitedReference;
import io.litmine.index.search.SearchHit;
import io.litmine.index.search.IndexedSentence;
import io.litmine.index.search.SearchResults;
import io.litmine.index.search.SentenceHit;
import io.litmine.index.search.SentenceResults;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Prints search results (sentences or claims) for a terminal, or as the JSON the HTTP API returns (ARCHITECTURE.md). */
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
            out.printf("    %s%n", claimLine(c));
            support(hit.support(), out);
            where(hit.paperTitle(), c.section(), out);
            citations(hit.citations(), c.unresolved(), out);
        }
    }

    /** Sentence hits: each sentence, where it is, its genes and drugs, its claims and its citations. */
    static void text(String query, SentenceResults results, int offset, PrintWriter out) {
        out.printf("%d sentence(s) match \"%s\"%n", results.total(), query);
        int rank = offset;
        for (SentenceHit hit : results.hits()) {
            IndexedSentence s = hit.sentence();
            out.printf("%n%2d. %s%n", ++rank, s.text());
            where(hit.paperTitle(), s.section(), out);
            List<String> entities = new ArrayList<>();
            if (!s.genes().isEmpty()) {
                entities.add("genes: " + String.join(", ", s.genes()));
            }
            if (!s.drugs().isEmpty()) {
                entities.add("drugs: " + String.join(", ", s.drugs()));
            }
            if (!entities.isEmpty()) {
                out.printf("    %s%n", String.join(" · ", entities));
            }
            for (Claim c : hit.claims()) {
                out.printf("    claim: %s%n", claimLine(c));
            }
            if (hit.claimCount() > hit.claims().size()) {
                out.printf("    (%d more claim(s) in this sentence do not pass the filters)%n", hit.claimCount() - hit.claims().size());
            }
            support(hit.support(), out);
            citations(hit.citations(), s.unresolved(), out);
        }
    }

    private static String claimLine(Claim c) {
        return String.format("%s%s%s  [%s, %s]", ClaimStatement.of(c), c.negated() ? "  (negated)" : "",
                c.hedged() ? "  (hedged)" : "", c.mechanism(), c.evidence().label());
    }

    private static void support(int support, PrintWriter out) {
        if (support > 0) {
            out.printf("    asserted by %d paper(s)%n", support);
        }
    }

    private static void where(String paperTitle, String section, PrintWriter out) {
        out.printf("    in: %s%s%n", paperTitle, section.isEmpty() ? "" : " / " + section);
    }

    private static void citations(List<CitedReference> cited, List<String> unresolved, PrintWriter out) {
        for (CitedReference ref : cited) {
            out.printf("    [%s] %s%n", ref.label(), abbreviate(ref.reference()));
        }
        for (String label : unresolved) {
            out.printf("    [%s] (no such reference in the paper's list)%n", label);
        }
    }

    /** The HTTP API's JSON (from the one serialiser the server uses too), with {@code "suggestions"} when there are any. */
    static String json(com.fasterxml.jackson.databind.node.ObjectNode body, java.util.Map<String, java.util.List<String>> suggestions) {
        if (!suggestions.isEmpty()) {
            body.set("suggestions", EvidenceJson.mapper().valueToTree(suggestions));
        }
        return SearchResultsJson.write(body);
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= REFERENCE_WIDTH ? one : one.substring(0, REFERENCE_WIDTH - 1) + "…";
    }
}
