package io.litmine.bench.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.litmine.bench.relations.ScorerText;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * score_claims.state_checks: on a matched claim whose gold has {@code subject_state}/{@code object_state},
 * whether the predicted argument states ({@code subjectState}/{@code objectState}, swapped when the pair
 * matched the other way round) and the net relation agree. The net relation is the relation with a
 * "loss" subject inverting it (ACTIVATES ↔ INHIBITS, UPREGULATES ↔ DOWNREGULATES, CAUSES_RESISTANCE ↔
 * RESTORES_SENSITIVITY); the prediction's {@code netRelation} when given, else derived the same way.
 */
final class ArgumentStates {

    /** The three verdicts on one matched claim. */
    record Check(boolean subject, boolean object, boolean net) {
    }

    private static final Map<String, String> FLIP = Map.of("ACTIVATES", "INHIBITS", "INHIBITS", "ACTIVATES",
            "UPREGULATES", "DOWNREGULATES", "DOWNREGULATES", "UPREGULATES",
            "CAUSES_RESISTANCE", "RESTORES_SENSITIVITY", "RESTORES_SENSITIVITY", "CAUSES_RESISTANCE");

    private ArgumentStates() {
    }

    /** Empty when the gold claim has neither state key (the script's None). */
    static Optional<Check> check(JsonNode g, JsonNode p, IdNames names) {
        if (!g.has("subject_state") && !g.has("object_state")) {
            return Optional.empty();
        }
        boolean forward = names.forms(p.get("subject"), p.get("subjectId")).contains(ClaimText.squash(g.get("subject_norm")));
        JsonNode ps = forward ? p.get("subjectState") : p.get("objectState");
        JsonNode po = forward ? p.get("objectState") : p.get("subjectState");
        String predictedNet = ClaimText.truthy(p.get("netRelation")) ? relation(p.get("netRelation")).toUpperCase(Locale.ROOT)
                : relation(net(p.get("relation"), p.get("subjectState"))).toUpperCase(Locale.ROOT);
        return Optional.of(new Check(state(g.get("subject_state")).equals(state(ps)),
                state(g.get("object_state")).equals(state(po)),
                net(g.get("relation"), g.get("subject_state")).equals(predictedNet)));
    }

    /** score_claims.relation: the relation's tokens joined by "_". */
    static String relation(JsonNode x) {
        return relation(ClaimText.orEmpty(x));
    }

    private static String relation(String x) {
        return String.join("_", ClaimText.tokens(x));
    }

    /** score_claims.state: lower case, "null" for none. */
    static String state(JsonNode x) {
        if (x == null || x.isNull() || x.isMissingNode() || (x.isTextual() && x.textValue().isEmpty())) {
            return "null";
        }
        String v = ScorerText.strip(ClaimText.str(x)).toLowerCase(Locale.ROOT);
        return v.equals("none") || v.equals("null") ? "null" : v;
    }

    /** score_claims.net. */
    static String net(JsonNode relation, JsonNode subjectState) {
        String r = relation(relation).toUpperCase(Locale.ROOT);
        return state(subjectState).equals("loss") ? FLIP.getOrDefault(r, r) : r;
    }
}
