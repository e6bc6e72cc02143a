package io.litmine.bench.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.litmine.bench.relations.Figures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A claims export scored against gold claims as {@code score_claims.py CLAIMS.jsonl GOLD} scores it with
 * its defaults ({@code --scope auto --min-jaccard 0.8 --lexicons ../shared/data/lexicons}): predictions
 * outside the gold's scope headings dropped, the identifiers of the rest named through the lexicons, then
 * {@link ClaimScorer}. The report has the script's lines and {@link #figures()} its last JSON line.
 *
 * @param predictions the predicted claims scored (those in scope)
 * @param wanted      how many distinct identifiers those claims carry
 * @param dropped     predicted claims outside the scope
 */
public record GoldClaimsScore(GoldClaims gold, List<JsonNode> predictions, IdNames names, int wanted, int dropped,
                              ClaimScores scores) {

    public GoldClaimsScore {
        predictions = List.copyOf(predictions);
    }

    /** {@code lexicons} null scores without lexicon names ({@code --lexicons ''}). */
    public static GoldClaimsScore score(List<JsonNode> predicted, GoldClaims gold, Path lexicons) throws ClaimInputException {
        List<JsonNode> pred = gold.scope().map(s -> predicted.stream().filter(p -> s.contains(p.get("section"))).toList())
                .orElse(predicted);
        Set<String> wanted = new LinkedHashSet<>();
        for (JsonNode p : pred) {
            wanted.addAll(ClaimText.idSet(p.get("subjectId")));
            wanted.addAll(ClaimText.idSet(p.get("objectId")));
        }
        IdNames names = LexiconNames.read(lexicons, wanted);
        ClaimScores scores = ClaimScorer.score(gold.claims(), pred, names);
        return new GoldClaimsScore(gold, pred, names, wanted.size(), predicted.size() - pred.size(), scores);
    }

    /** The figures of the script's JSON line. */
    public Figures figures() {
        return scores.figures().put("out_of_scope_dropped", dropped);
    }

    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("claims: gold=" + gold.claims().size() + " predicted=" + predictions.size() + "; " + names.mapped() + " of "
                + wanted + " identifiers mapped to names by the lexicons");
        lines.addAll(scores.lines());
        gold.scope().ifPresent(s -> lines.add("scope: " + s.headings().size() + " heading(s); " + dropped
                + " predicted claims outside it dropped"));
        Set<String> papers = new LinkedHashSet<>();
        predictions.forEach(p -> papers.add(ClaimText.str(p.get("paperId"))));
        if (papers.size() > 1) {
            lines.add("note: predicted claims come from " + papers.size() + " papers; --paper ID scores one");
        }
        return lines;
    }

    /** The report as the script prints it: its lines, then the figures as one JSON line. */
    public String report() {
        return String.join("\n", lines()) + "\n" + figures();
    }
}
