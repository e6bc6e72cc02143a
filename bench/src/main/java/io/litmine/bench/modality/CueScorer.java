package io.litmine.bench.modality;

import io.litmine.annotators.claim.modality.CueKind;
import io.litmine.bench.eval.Prf;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Scores tagged sentences against their BioScope cues, token by token ({@link CueScore}). */
public final class CueScorer {

    private CueScorer() {
    }

    public static CueScore score(List<TaggedSentence> sentences) {
        Map<CueKind, Prf> prf = new EnumMap<>(CueKind.class);
        Map<CueKind, Integer> cues = new EnumMap<>(CueKind.class);
        Map<CueKind, Integer> hit = new EnumMap<>(CueKind.class);
        for (CueKind k : CueKind.values()) {
            prf.put(k, Prf.ZERO);
            cues.put(k, 0);
            hit.put(k, 0);
        }
        List<CueError> errors = new ArrayList<>();
        int unaligned = 0;
        for (TaggedSentence s : sentences) {
            for (GoldCue c : s.gold().cues()) {
                if (s.tokens().stream().noneMatch(t -> c.overlaps(t.begin(), t.end()))) {
                    unaligned++;
                }
            }
            for (CueKind k : CueKind.values()) {
                Set<Integer> gold = goldTokens(s, k);
                Set<Integer> predicted = s.predicted().of(k);
                prf.merge(k, Prf.of(predicted, gold), Prf::plus);
                for (int t : predicted) {
                    if (!gold.contains(t)) {
                        errors.add(new CueError(k, true, s, t));
                    }
                }
                for (int t : gold) {
                    if (!predicted.contains(t)) {
                        errors.add(new CueError(k, false, s, t));
                    }
                }
                for (GoldCue c : s.gold().cues()) {
                    if (c.kind() == k) {
                        cues.merge(k, 1, Integer::sum);
                        if (predicted.stream().anyMatch(t -> c.overlaps(s.tokens().get(t).begin(), s.tokens().get(t).end()))) {
                            hit.merge(k, 1, Integer::sum);
                        }
                    }
                }
            }
        }
        return new CueScore(sentences.size(), prf, cues, hit, unaligned, errors);
    }

    /** The tokens that share a character with a gold cue of kind {@code k}. */
    static Set<Integer> goldTokens(TaggedSentence s, CueKind k) {
        Set<Integer> out = new TreeSet<>();
        for (GoldCue c : s.gold().cues()) {
            if (c.kind() != k) {
                continue;
            }
            for (int i = 0; i < s.tokens().size(); i++) {
                TaggedSentence.Token t = s.tokens().get(i);
                if (c.overlaps(t.begin(), t.end())) {
                    out.add(i);
                }
            }
        }
        return out;
    }
}
