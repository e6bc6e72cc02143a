package io.litmine.annotators.lexicon.importing;

import io.litmine.annotators.lexicon.Lexicon;
import io.litmine.annotators.lexicon.LexiconEntry;
import io.litmine.annotators.lexicon.SurfaceKey;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Settles which imported synonyms a concept keeps: every surface form the curated lexicon already
 * uses stays the curator's (curated entries win, families stay FamPlex), then tier by tier
 * ({@link Tier}) a form goes to the one concept that claims it, and is dropped when two concepts
 * of the same tier both claim it. Keys are the lexicon's lookup keys, so "CAT" and "cat" are
 * different forms when the lexicon would tell them apart.
 */
final class SynonymResolver {

    /** Synonyms a concept keeps, in the order offered; guarded ones apart. */
    record Kept(List<String> plain, List<String> guarded) {
    }

    private final SynonymPolicy policy;
    private final Map<String, String> owner = new HashMap<>();
    private final Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);

    SynonymResolver(SynonymPolicy policy, Lexicon curated) {
        this.policy = policy;
        for (LexiconEntry entry : curated.entries()) {
            entry.synonyms().forEach(s -> owner.putIfAbsent(lookupKey(s), entry.id()));
        }
    }

    Map<String, Kept> resolve(List<Candidate> candidates) {
        Map<String, Kept> kept = new LinkedHashMap<>();
        for (Tier tier : Tier.values()) {
            Map<String, Set<String>> claims = new HashMap<>();
            List<Candidate> accepted = new ArrayList<>();
            List<Verdict> verdicts = new ArrayList<>();
            for (Candidate c : candidates) {
                if (c.tier() != tier) {
                    continue;
                }
                Verdict verdict = policy.judge(c);
                String key = lookupKey(c.synonym());
                if (verdict.kept() && owner.containsKey(key) && !owner.get(key).equals(c.conceptId())) {
                    verdict = Verdict.DROP_TAKEN;
                }
                if (!verdict.kept()) {
                    count(verdict);
                    continue;
                }
                claims.computeIfAbsent(key, k -> new HashSet<>()).add(c.conceptId());
                accepted.add(c);
                verdicts.add(verdict);
            }
            for (int i = 0; i < accepted.size(); i++) {
                Candidate c = accepted.get(i);
                String key = lookupKey(c.synonym());
                if (claims.get(key).size() > 1) {
                    count(Verdict.DROP_AMBIGUOUS);
                    continue;
                }
                owner.putIfAbsent(key, c.conceptId());
                count(verdicts.get(i));
                Kept k = kept.computeIfAbsent(c.conceptId(), id -> new Kept(new ArrayList<>(), new ArrayList<>()));
                (verdicts.get(i) == Verdict.GUARD ? k.guarded() : k.plain()).add(c.synonym());
            }
        }
        return kept;
    }

    Map<Verdict, Integer> counts() {
        return counts;
    }

    private void count(Verdict verdict) {
        counts.merge(verdict, 1, Integer::sum);
    }

    private static String lookupKey(String synonym) {
        String key = SurfaceKey.compact(synonym);
        return SurfaceKey.caseSensitive(key) ? "=" + key : "~" + SurfaceKey.fold(key);
    }
}
