package io.litmine.bench.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores a claims export against gold claims the way {@code ../shared/tools/score_claims.py} does,
 * so the two cross-check: sentences as normalised token sets paired one-to-one at Jaccard ≥ 0.8;
 * a claim matches when its sentence does and the unordered entity pair agrees (gold norms against the
 * predicted text or id); on matched claims, relation, negated, hedged and citation-set accuracy.
 * Unlike the script it maps no identifiers through the shared lexicons: litmine's ids are already the
 * names the gold uses (the script reports "0 of N identifiers mapped" on litmine's export).
 */
public final class ClaimScorer {

    public static final double MIN_JACCARD = 0.8;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern NUMBER_LABEL = Pattern.compile("\\s*[\\[(]?\\s*(\\d+)\\s*[.)\\]]?\\s*");

    private ClaimScorer() {
    }

    private record Pair(double jaccard, boolean sameRelation, int gold, int pred) {
    }

    public static ClaimScores score(List<JsonNode> gold, List<JsonNode> pred) {
        List<Set<String>> gtok = gold.stream().map(g -> tokenSet(g.path("sentence").asText())).toList();
        List<Set<String>> ptok = pred.stream().map(p -> tokenSet(p.path("sentence").asText())).toList();
        List<Set<String>> gs = new ArrayList<>(new LinkedHashSet<>(gtok));
        List<Set<String>> ps = new ArrayList<>(new LinkedHashSet<>(ptok));
        List<Pair> sentenceCands = new ArrayList<>();
        for (int a = 0; a < gs.size(); a++) {
            for (int b = 0; b < ps.size(); b++) {
                double j = jaccard(gs.get(a), ps.get(b));
                if (j >= MIN_JACCARD) {
                    sentenceCands.add(new Pair(j, false, a, b));
                }
            }
        }
        int sentences = greedy(sentenceCands).size();
        List<Pair> cands = new ArrayList<>();
        for (int a = 0; a < gold.size(); a++) {
            for (int b = 0; b < pred.size(); b++) {
                double j = jaccard(gtok.get(a), ptok.get(b));
                if (j >= MIN_JACCARD && pairOk(gold.get(a), pred.get(b))) {
                    cands.add(new Pair(j, sameRelation(gold.get(a), pred.get(b)), a, b));
                }
            }
        }
        List<Pair> pairs = greedy(cands);
        int strict = greedy(cands.stream().filter(c -> c.sameRelation()
                && bool(gold.get(c.gold()), "negated") == bool(pred.get(c.pred()), "negated")).toList()).size();
        int relation = 0;
        int negated = 0;
        int hedged = 0;
        int citations = 0;
        for (Pair p : pairs) {
            JsonNode g = gold.get(p.gold());
            JsonNode x = pred.get(p.pred());
            relation += sameRelation(g, x) ? 1 : 0;
            negated += bool(g, "negated") == bool(x, "negated") ? 1 : 0;
            hedged += bool(g, "hedged") == bool(x, "hedged") ? 1 : 0;
            citations += citeSet(g.path("citations")).equals(citeSet(x.path("citations"))) ? 1 : 0;
        }
        return new ClaimScores(new Prf(sentences, ps.size() - sentences, gs.size() - sentences),
                new Prf(pairs.size(), pred.size() - pairs.size(), gold.size() - pairs.size()),
                new Prf(strict, pred.size() - strict, gold.size() - strict),
                pairs.size(), relation, negated, hedged, citations);
    }

    /** One-to-one pairs, best score first (Jaccard, then same relation), ties by lower indexes. */
    private static List<Pair> greedy(List<Pair> cands) {
        List<Pair> ranked = new ArrayList<>(cands);
        ranked.sort(Comparator.comparingDouble(Pair::jaccard).reversed()
                .thenComparing(Pair::sameRelation, Comparator.reverseOrder())
                .thenComparingInt(Pair::gold).thenComparingInt(Pair::pred));
        Set<Integer> usedGold = new HashSet<>();
        Set<Integer> usedPred = new HashSet<>();
        List<Pair> out = new ArrayList<>();
        for (Pair p : ranked) {
            if (!usedGold.contains(p.gold()) && !usedPred.contains(p.pred())) {
                usedGold.add(p.gold());
                usedPred.add(p.pred());
                out.add(p);
            }
        }
        return out;
    }

    private static boolean pairOk(JsonNode g, JsonNode p) {
        String gs = squash(text(g, "subject_norm"));
        String go = squash(text(g, "object_norm"));
        Set<String> ps = forms(text(p, "subject"), text(p, "subjectId"));
        Set<String> po = forms(text(p, "object"), text(p, "objectId"));
        return !gs.isEmpty() && !go.isEmpty() && ((ps.contains(gs) && po.contains(go)) || (po.contains(gs) && ps.contains(go)));
    }

    private static Set<String> forms(String name, String id) {
        Set<String> out = new HashSet<>();
        out.add(squash(name));
        if (id != null) {
            for (String part : id.split("[|;,]")) {
                String nid = part.strip().replaceFirst("(?i)^(mesh|ncbi\\s*gene|entrez\\s*gene|entrez|gene\\s*id|gene|drugbank)\\s*:\\s*", "")
                        .toLowerCase(Locale.ROOT);
                if (!Set.of("", "-1", "-", "none", "null").contains(nid)) {
                    out.add(squash(nid));
                    out.add(squash(nid.substring(nid.lastIndexOf(':') + 1)));
                }
            }
        }
        out.remove("");
        return out;
    }

    private static boolean sameRelation(JsonNode g, JsonNode p) {
        return String.join("_", tokens(text(g, "relation"))).equals(String.join("_", tokens(text(p, "relation"))));
    }

    private static Set<Object> citeSet(JsonNode citations) {
        Set<Object> out = new HashSet<>();
        for (JsonNode c : citations) {
            if (c.isObject()) {
                String label = c.path("label").asText("");
                out.add(label.isEmpty() ? (Object) c.path("index").asInt() : labelKey(label));
            } else {
                out.add(c.isInt() ? (Object) c.asInt() : labelKey(c.asText()));
            }
        }
        out.remove("");
        return out;
    }

    private static Object labelKey(String label) {
        Matcher m = NUMBER_LABEL.matcher(label);
        return m.matches() ? (Object) Integer.parseInt(m.group(1)) : squash(label);
    }

    private static boolean bool(JsonNode n, String field) {
        return n.path(field).asBoolean(false);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static double jaccard(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        if (union.isEmpty()) {
            return 1.0;
        }
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return (double) both.size() / union.size();
    }

    private static Set<String> tokenSet(String s) {
        return new HashSet<>(tokens(s));
    }

    /** Lower-case NFKC alphanumeric tokens, Greek letters spelled by name (as evalutil.norm_text). */
    static List<String> tokens(String s) {
        String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder();
        t.codePoints().forEach(cp -> {
            if (cp >= 0x370 && cp <= 0x3ff) {
                String name = Character.getName(cp);
                String[] words = name == null ? new String[] {" "} : name.split(" ");
                b.append(' ').append(words[words.length - 1].toLowerCase(Locale.ROOT)).append(' ');
            } else {
                b.appendCodePoint(cp);
            }
        });
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(b);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static String squash(String s) {
        return String.join("", tokens(s));
    }
}
