package io.litmine.bench.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores one predicted paper (a {@code litmine export --what papers --format jsonl} object, or none)
 * against its {@link XmlGold}. Citation-context resolution as GROBID computes it: G = multiset of the
 * reference positions named by all gold callouts, P = multiset of all predicted {@code resolved}
 * indexes, TP = Σ min(G[k], P[k]). Reference fields: gold and predicted aligned by position, each
 * field instance counted TP (match), FP (predicted but wrong), FN (gold tagged but not matched); gold
 * references with no tagged field (untagged mixed-citations) are skipped with their partner.
 */
final class PaperScorer {

    private PaperScorer() {
    }

    static PaperScore score(String name, XmlGold gold, JsonNode paper) {
        Map<Integer, Integer> predicted = new HashMap<>();
        int predCallouts = 0;
        if (paper != null) {
            for (JsonNode c : paper.path("citations")) {
                predCallouts++;
                for (JsonNode r : c.path("resolved")) {
                    if (r.isInt()) {
                        predicted.merge(r.asInt(), 1, Integer::sum);
                    }
                }
            }
        }
        long tp = 0;
        for (var e : gold.positions().entrySet()) {
            tp += Math.min(e.getValue(), predicted.getOrDefault(e.getKey(), 0));
        }
        long goldTotal = gold.positions().values().stream().mapToLong(Integer::longValue).sum();
        long predTotal = predicted.values().stream().mapToLong(Integer::longValue).sum();
        Prf resolution = new Prf(tp, predTotal - tp, goldTotal - tp);

        List<JsonNode> refs = new java.util.ArrayList<>();
        if (paper != null) {
            paper.path("references").forEach(r -> {
                if (r.isObject()) {
                    refs.add(r);
                }
            });
        }
        Map<Field, Prf> fields = PaperScore.emptyFields();
        int allRight = 0;
        int scored = 0;
        int untagged = 0;
        int n = Math.max(gold.references().size(), refs.size());
        for (int i = 0; i < n; i++) {
            GoldReference g = i < gold.references().size() ? gold.references().get(i) : null;
            JsonNode p = i < refs.size() ? refs.get(i) : null;
            if (g != null && g.untagged()) {
                untagged++;
                continue;
            }
            boolean all = true;
            for (Field f : Field.values()) {
                String gv = g == null ? "" : g.get(f).strip();
                String pv = p == null ? "" : predictedField(p, f).strip();
                boolean ok = !gv.isEmpty() && !pv.isEmpty() && FieldMatch.matches(f, gv, pv);
                fields.merge(f, new Prf(ok ? 1 : 0, !pv.isEmpty() && !ok ? 1 : 0, !gv.isEmpty() && !ok ? 1 : 0), Prf::plus);
                all &= ok || gv.isEmpty();
            }
            if (g != null) {
                allRight += all ? 1 : 0;
                scored++;
            }
        }
        return new PaperScore(name, paper != null, gold.references().size(), paper == null ? -1 : refs.size(),
                gold.callouts(), predCallouts, resolution, fields, allRight, scored, untagged);
    }

    private static String predictedField(JsonNode ref, Field f) {
        return switch (f) {
            case FIRST_AUTHOR -> {
                JsonNode a = ref.path("authors");
                JsonNode first = a.isArray() && a.size() > 0 ? a.get(0) : a;
                yield first.isTextual() ? first.asText() : "";
            }
            case TITLE -> text(ref.path("title"));
            case CONTAINER -> text(ref.path("container"));
            case YEAR -> text(ref.path("year"));
            case VOLUME -> text(ref.path("volume"));
            case PAGES -> text(ref.path("pages"));
        };
    }

    private static String text(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? "" : n.asText();
    }
}
