package io.litmine.bench.relations;

import io.litmine.corpus.model.AnnotatedPaper;
import io.litmine.corpus.model.Claim;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores claims against the ChemProt key with the rules of {@code score_relations.py chemprot}: a
 * gold pair is found when an asserted (not negated) claim whose sentence is the gold sentence
 * (squashed) has one marked entity as its subject and the other as its object, either way round,
 * naming by {@link ScorerText#names}; its polarity is right when one such claim's
 * {@link Polarity#of net polarity} is the label's sign.
 */
public final class ChemProtScorer {

    private ChemProtScorer() {
    }

    public static ChemProtScore score(ChemProtCorpus corpus, List<AnnotatedPaper> papers) {
        Map<String, List<Claim>> bySentence = new HashMap<>();
        Map<String, List<Claim>> allBySentence = new HashMap<>();
        for (AnnotatedPaper paper : papers) {
            for (Claim c : paper.claims()) {
                String key = ScorerText.squash(c.sentence());
                allBySentence.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
                if (!c.negated()) {
                    bySentence.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
                }
            }
        }
        int found = 0;
        int signed = 0;
        int right = 0;
        int signedPairs = 0;
        List<ChemProtMiss> misses = new ArrayList<>();
        for (ChemProtPair k : corpus.pairs()) {
            Polarity want = Polarity.ofChemProt(k.label());
            if (want != null) {
                signedPairs++;
            }
            String sentence = ScorerText.squash(k.sentence());
            List<Claim> hits = bySentence.getOrDefault(sentence, List.of()).stream().filter(c -> links(c, k)).toList();
            if (hits.isEmpty()) {
                misses.add(miss(k, sentence, allBySentence));
                continue;
            }
            found++;
            if (want != null) {
                signed++;
                if (hits.stream().anyMatch(c -> Polarity.of(c) == want)) {
                    right++;
                }
            }
        }
        return new ChemProtScore(corpus.pairs().size(), found, signedPairs, signed, right, misses);
    }

    static boolean links(Claim c, ChemProtPair k) {
        return (ScorerText.names(c.subject(), k.e1()) && ScorerText.names(c.object(), k.e2()))
                || (ScorerText.names(c.subject(), k.e2()) && ScorerText.names(c.object(), k.e1()));
    }

    private static ChemProtMiss miss(ChemProtPair k, String sentence, Map<String, List<Claim>> allBySentence) {
        List<Claim> whole = allBySentence.getOrDefault(sentence, List.of());
        if (whole.isEmpty()) {
            // A split sentence: claims whose own sentence is a part of this one. Only looked for on a miss.
            List<Claim> parts = allBySentence.entrySet().stream()
                    .filter(e -> !e.getKey().isEmpty() && sentence.contains(e.getKey()))
                    .flatMap(e -> e.getValue().stream()).toList();
            return new ChemProtMiss(k, parts.isEmpty() ? ChemProtMiss.Reason.NO_CLAIM : ChemProtMiss.Reason.SENTENCE_SPLIT, parts);
        }
        List<Claim> asserted = whole.stream().filter(c -> !c.negated()).toList();
        if (asserted.isEmpty()) {
            return new ChemProtMiss(k, ChemProtMiss.Reason.ONLY_NEGATED, whole);
        }
        boolean first = asserted.stream().anyMatch(c -> ScorerText.names(c.subject(), k.e1()) || ScorerText.names(c.object(), k.e1()));
        boolean second = asserted.stream().anyMatch(c -> ScorerText.names(c.subject(), k.e2()) || ScorerText.names(c.object(), k.e2()));
        ChemProtMiss.Reason reason = first && second ? ChemProtMiss.Reason.BOTH_NAMED_APART
                : first || second ? ChemProtMiss.Reason.ONE_NAMED : ChemProtMiss.Reason.NEITHER_NAMED;
        return new ChemProtMiss(k, reason, whole);
    }
}
