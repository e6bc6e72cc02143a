package io.litmine.bench.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The first N false negatives (gold claims no prediction matched) and false positives (predicted claims
 * that matched no gold claim) of a {@link GoldClaimsScore}, each with its sentence and the claims of the
 * other side on the same sentence (Jaccard ≥ 0.8), which usually shows why they did not pair: another
 * entity named, or no claim made from the sentence at all.
 */
public final class ClaimErrors {

    private ClaimErrors() {
    }

    public static String describe(GoldClaimsScore score, int n) {
        List<JsonNode> gold = score.gold().claims();
        List<JsonNode> pred = score.predictions();
        Set<Integer> matchedGold = new HashSet<>();
        Set<Integer> matchedPred = new HashSet<>();
        for (ClaimScorer.Match m : ClaimScorer.matches(gold, pred, score.names())) {
            matchedGold.add(m.gold());
            matchedPred.add(m.pred());
        }
        List<String> out = new ArrayList<>();
        out.add("false negatives (" + (gold.size() - matchedGold.size()) + "), first " + n + ":");
        int shown = 0;
        for (int i = 0; i < gold.size() && shown < n; i++) {
            if (!matchedGold.contains(i)) {
                JsonNode g = gold.get(i);
                out.add(String.format("- [%s %s] %s", text(g, "id"), text(g, "section"), goldClaim(g)));
                out.add("    " + text(g, "sentence"));
                List<String> near = near(g, pred, ClaimErrors::predictedClaim);
                out.add(near.isEmpty() ? "    predicted: no claim on this sentence" : "    predicted: " + String.join("; ", near));
                shown++;
            }
        }
        out.add("false positives (" + (pred.size() - matchedPred.size()) + "), first " + n + ":");
        shown = 0;
        for (int i = 0; i < pred.size() && shown < n; i++) {
            if (!matchedPred.contains(i)) {
                JsonNode p = pred.get(i);
                out.add(String.format("- [%s %s] %s", text(p, "paperId"), text(p, "section"), predictedClaim(p)));
                out.add("    " + text(p, "sentence"));
                List<String> near = near(p, gold, ClaimErrors::goldClaim);
                out.add(near.isEmpty() ? "    gold: sentence not labelled" : "    gold: " + String.join("; ", near));
                shown++;
            }
        }
        return String.join("\n", out);
    }

    private static List<String> near(JsonNode claim, List<JsonNode> others, java.util.function.Function<JsonNode, String> show) {
        return others.stream().filter(o -> ClaimScorer.sentenceJaccard(claim, o) >= ClaimScorer.MIN_JACCARD).map(show).toList();
    }

    private static String goldClaim(JsonNode g) {
        return state(g, "subject_state") + text(g, "subject_norm") + " " + flags(g, "negated", "hedged") + text(g, "relation") + " "
                + state(g, "object_state") + text(g, "object_norm");
    }

    private static String predictedClaim(JsonNode p) {
        return state(p, "subjectState") + text(p, "subject") + " [" + text(p, "subjectId") + "] " + flags(p, "negated", "hedged")
                + text(p, "relation") + " " + state(p, "objectState") + text(p, "object") + " [" + text(p, "objectId") + "]";
    }

    private static String flags(JsonNode c, String negated, String hedged) {
        return (ClaimText.asBool(c.get(negated)) ? "NOT " : "") + (ClaimText.asBool(c.get(hedged)) ? "MAYBE " : "");
    }

    private static String state(JsonNode c, String field) {
        String s = ArgumentStates.state(c.get(field));
        return s.equals("null") ? "" : "(" + s + ") ";
    }

    private static String text(JsonNode c, String field) {
        return ClaimText.orEmpty(c.get(field));
    }
}
