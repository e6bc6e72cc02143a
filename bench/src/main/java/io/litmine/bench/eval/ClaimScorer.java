package io.litmine.bench.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Scores a claims export against gold claims the way {@code ../shared/tools/score_claims.py}'s
 * {@code score} does, so the two cross-check: sentences as normalised token sets paired one-to-one at
 * Jaccard ≥ 0.8; a claim matches when its sentence does and the unordered entity pair agrees (gold norms
 * against the names a predicted entity answers to, {@link IdNames#forms}); pairs are chosen greedily,
 * best Jaccard first, the same relation preferred on ties, then lower gold and predicted indexes. On
 * matched claims: relation, negated, hedged and citation-set accuracy, and where the gold has argument
 * states, state and net-relation accuracy ({@link ArgumentStates}).
 */
public final class ClaimScorer {

    public static final double MIN_JACCARD = 0.8;

    /** One matched gold claim and predicted claim, by their indexes in the scored lists. */
    public record Match(int gold, int pred) {
    }

    private record Candidate(double jaccard, boolean sameRelation, int gold, int pred) {
    }

    private static final BiPredicate<JsonNode, JsonNode> RELATION =
            (g, p) -> ArgumentStates.relation(g.get("relation")).equals(ArgumentStates.relation(p.get("relation")));
    private static final BiPredicate<JsonNode, JsonNode> NEGATED =
            (g, p) -> ClaimText.asBool(g.get("negated")) == ClaimText.asBool(p.get("negated"));
    private static final BiPredicate<JsonNode, JsonNode> HEDGED =
            (g, p) -> ClaimText.asBool(g.get("hedged")) == ClaimText.asBool(p.get("hedged"));
    private static final BiPredicate<JsonNode, JsonNode> CITATIONS =
            (g, p) -> citeSet(g.get("citations")).equals(citeSet(p.get("citations")));

    private ClaimScorer() {
    }

    /** Without lexicon names: entities answer to their text and identifiers only. */
    public static ClaimScores score(List<JsonNode> gold, List<JsonNode> pred) {
        return score(gold, pred, IdNames.NONE);
    }

    public static ClaimScores score(List<JsonNode> gold, List<JsonNode> pred, IdNames names) {
        List<Set<String>> gs = new ArrayList<>(new LinkedHashSet<>(tokenSets(gold)));
        List<Set<String>> ps = new ArrayList<>(new LinkedHashSet<>(tokenSets(pred)));
        List<Candidate> sentenceCands = new ArrayList<>();
        for (int a = 0; a < gs.size(); a++) {
            for (int b = 0; b < ps.size(); b++) {
                double j = jaccard(gs.get(a), ps.get(b));
                if (j >= MIN_JACCARD) {
                    sentenceCands.add(new Candidate(j, false, a, b));
                }
            }
        }
        int sentences = greedy(sentenceCands).size();
        List<Candidate> cands = candidates(gold, pred, names);
        List<Candidate> pairs = greedy(cands);
        int strict = greedy(cands.stream().filter(c -> c.sameRelation()
                && NEGATED.test(gold.get(c.gold()), pred.get(c.pred()))).toList()).size();
        int relation = 0;
        int negated = 0;
        int hedged = 0;
        int citations = 0;
        int states = 0;
        int subjectState = 0;
        int objectState = 0;
        int netRelation = 0;
        for (Candidate c : pairs) {
            JsonNode g = gold.get(c.gold());
            JsonNode p = pred.get(c.pred());
            relation += RELATION.test(g, p) ? 1 : 0;
            negated += NEGATED.test(g, p) ? 1 : 0;
            hedged += HEDGED.test(g, p) ? 1 : 0;
            citations += CITATIONS.test(g, p) ? 1 : 0;
            Optional<ArgumentStates.Check> check = ArgumentStates.check(g, p, names);
            if (check.isPresent()) {
                states++;
                subjectState += check.get().subject() ? 1 : 0;
                objectState += check.get().object() ? 1 : 0;
                netRelation += check.get().net() ? 1 : 0;
            }
        }
        int n = pairs.size();
        return new ClaimScores(new Prf(sentences, ps.size() - sentences, gs.size() - sentences),
                new Prf(n, pred.size() - n, gold.size() - n), new Prf(strict, pred.size() - strict, gold.size() - strict),
                n, relation, negated, hedged, citations, states, subjectState, objectState, netRelation);
    }

    /** The matched claims, as {@link #score} pairs them (for listing the misses and false claims). */
    public static List<Match> matches(List<JsonNode> gold, List<JsonNode> pred, IdNames names) {
        return greedy(candidates(gold, pred, names)).stream().map(c -> new Match(c.gold(), c.pred())).toList();
    }

    /** Sentence Jaccard of a gold and a predicted claim. */
    public static double sentenceJaccard(JsonNode gold, JsonNode pred) {
        return jaccard(tokenSet(gold), tokenSet(pred));
    }

    private static List<Candidate> candidates(List<JsonNode> gold, List<JsonNode> pred, IdNames names) {
        List<Set<String>> gtok = tokenSets(gold);
        List<Set<String>> ptok = tokenSets(pred);
        List<Candidate> cands = new ArrayList<>();
        for (int a = 0; a < gold.size(); a++) {
            for (int b = 0; b < pred.size(); b++) {
                double j = jaccard(gtok.get(a), ptok.get(b));
                if (j >= MIN_JACCARD && pairOk(gold.get(a), pred.get(b), names)) {
                    cands.add(new Candidate(j, RELATION.test(gold.get(a), pred.get(b)), a, b));
                }
            }
        }
        return cands;
    }

    /** evalutil.greedy_pairs: one-to-one, best score first, ties by lower gold then lower predicted index. */
    private static List<Candidate> greedy(List<Candidate> cands) {
        List<Candidate> ranked = new ArrayList<>(cands);
        ranked.sort(Comparator.comparingDouble(Candidate::jaccard).reversed()
                .thenComparing(Candidate::sameRelation, Comparator.reverseOrder())
                .thenComparingInt(Candidate::gold).thenComparingInt(Candidate::pred));
        Set<Integer> usedGold = new HashSet<>();
        Set<Integer> usedPred = new HashSet<>();
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : ranked) {
            if (!usedGold.contains(c.gold()) && !usedPred.contains(c.pred())) {
                usedGold.add(c.gold());
                usedPred.add(c.pred());
                out.add(c);
            }
        }
        return out;
    }

    private static boolean pairOk(JsonNode g, JsonNode p, IdNames names) {
        String gs = ClaimText.squash(g.get("subject_norm"));
        String go = ClaimText.squash(g.get("object_norm"));
        if (gs.isEmpty() || go.isEmpty()) {
            return false;
        }
        Set<String> ps = names.forms(p.get("subject"), p.get("subjectId"));
        Set<String> po = names.forms(p.get("object"), p.get("objectId"));
        return (ps.contains(gs) && po.contains(go)) || (po.contains(gs) && ps.contains(go));
    }

    /** score_claims.cite_set: gold ints against the labels (else indexes) of the predicted citations. */
    static Set<Object> citeSet(JsonNode items) {
        Set<Object> out = new HashSet<>();
        if (!ClaimText.truthy(items)) {
            return out;
        }
        for (JsonNode c : elements(items)) {
            if (c.isObject()) {
                JsonNode label = c.get("label");
                boolean none = label == null || label.isNull() || (label.isTextual() && label.textValue().isEmpty());
                BigInteger index = ClaimText.asInt(c.get("index"));
                out.add(none ? index : ClaimText.labelKey(label));
            } else {
                out.add(ClaimText.labelKey(c));
            }
        }
        out.remove(null);
        out.remove("");
        return out;
    }

    /** What Python's {@code for c in items} visits: a list's items, an object's keys, a string's characters. */
    private static Iterable<JsonNode> elements(JsonNode items) {
        if (items.isArray()) {
            return items;
        }
        List<JsonNode> out = new ArrayList<>();
        if (items.isObject()) {
            for (Iterator<String> keys = items.fieldNames(); keys.hasNext(); ) {
                out.add(TextNode.valueOf(keys.next()));
            }
        } else if (items.isTextual()) {
            items.textValue().codePoints().forEach(cp -> out.add(
                    TextNode.valueOf(new String(Character.toChars(cp)))));
        }
        return out;
    }

    private static List<Set<String>> tokenSets(List<JsonNode> claims) {
        return claims.stream().map(ClaimScorer::tokenSet).toList();
    }

    private static Set<String> tokenSet(JsonNode claim) {
        return new HashSet<>(ClaimText.tokens(claim.get("sentence")));
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
}
