package io.litmine.bench.relations;

import io.litmine.corpus.model.AnnotatedPaper;
import io.litmine.corpus.model.Claim;
import io.litmine.corpus.model.Sentence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Errors to read: a breakdown of the misses by cause, then a sample of missed gold pairs (and, for
 * BioRED, of false pairs) with their sentence and the claims it got. The sample is drawn with a fixed
 * seed, so two runs on the same code show the same pairs.
 */
public final class RelationErrors {

    private static final long SEED = 17;
    private static final int SENTENCES_PER_PAIR = 2;

    private RelationErrors() {
    }

    public static String chemProt(ChemProtScore score, int n) {
        StringBuilder out = new StringBuilder("misses by cause: ").append(score.missReasons()).append('\n');
        for (ChemProtMiss m : sample(score.misses(), n)) {
            ChemProtPair k = m.pair();
            out.append(String.format(Locale.ROOT, "%nmissed [%s] %s: «%s» – «%s» (row %d)%n  sentence: %s%n", m.reason(), k.label(), k.e1(), k.e2(),
                    k.n(), k.sentence()));
            appendClaims(out, m.sentenceClaims());
        }
        return out.toString();
    }

    public static String biored(BioredScore score, BioredCorpus corpus, List<AnnotatedPaper> papers, int n) {
        Map<String, AnnotatedPaper> byDoc = papers.stream()
                .collect(Collectors.toMap(p -> BioredScorer.stem(p.paper().source()), Function.identity(), (a, b) -> b));
        long together = score.misses().stream().filter(m -> !sentencesNamingBoth(m, corpus, byDoc).isEmpty()).count();
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "misses: %d, of which %d have a sentence holding a gold name of each "
                + "entity (squashed text; the others are relations across sentences)%n", score.misses().size(), together));
        for (BioredPair m : sample(score.misses(), n)) {
            out.append(String.format(Locale.ROOT, "%nmissed %s %s: %s%n", m.doc(), m.gold(), describe(m, corpus)));
            List<Sentence> both = sentencesNamingBoth(m, corpus, byDoc);
            if (both.isEmpty()) {
                out.append("  no sentence names both\n");
            }
            for (Sentence s : both.subList(0, Math.min(SENTENCES_PER_PAIR, both.size()))) {
                out.append("  sentence: ").append(s.text()).append('\n');
                appendClaims(out, byDoc.get(m.doc()).claims().stream().filter(c -> c.start() >= s.start() && c.start() < s.end()).toList());
            }
        }
        for (BioredPair fp : sample(score.falsePositives(), n)) {
            Claim c = fp.claim();
            out.append(String.format(Locale.ROOT, "%nfalse %s %s: %s%n  sentence: %s%n  claim: %s%n", fp.doc(), fp.predicted(), describe(fp, corpus),
                    c.sentence(), claim(c)));
        }
        return out.toString();
    }

    private static String describe(BioredPair p, BioredCorpus corpus) {
        Map<String, Set<String>> surfaces = BioredScorer.surfacesById(corpus, p.doc());
        return p.ids().first() + " " + surfaces.get(p.ids().first()) + " – " + p.ids().second() + " " + surfaces.get(p.ids().second());
    }

    /** Sentences of the pair's document whose squashed text contains a gold surface of each identifier. */
    private static List<Sentence> sentencesNamingBoth(BioredPair p, BioredCorpus corpus, Map<String, AnnotatedPaper> byDoc) {
        AnnotatedPaper paper = byDoc.get(p.doc());
        if (paper == null) {
            return List.of();
        }
        Map<String, Set<String>> surfaces = BioredScorer.surfacesById(corpus, p.doc());
        return paper.sentences().stream().filter(s -> {
            String text = ScorerText.squash(s.text());
            return mentions(text, surfaces.get(p.ids().first())) && mentions(text, surfaces.get(p.ids().second()));
        }).toList();
    }

    private static boolean mentions(String squashedSentence, Set<String> surfaces) {
        return surfaces != null && surfaces.stream().map(ScorerText::squash).anyMatch(t -> !t.isEmpty() && squashedSentence.contains(t));
    }

    private static void appendClaims(StringBuilder out, List<Claim> claims) {
        if (claims.isEmpty()) {
            out.append("  claims: none\n");
        }
        claims.forEach(c -> out.append("  claim: ").append(claim(c)).append('\n'));
    }

    private static String claim(Claim c) {
        String net = c.netRelation() != c.relation() ? " (net " + c.netRelation() + ")" : "";
        return "«" + c.subject() + "» –" + c.relation() + "→ «" + c.object() + "»" + net
                + (c.negated() ? " [negated]" : "") + (c.hedged() ? " [hedged]" : "");
    }

    private static <T> List<T> sample(List<T> items, int n) {
        List<T> shuffled = new ArrayList<>(items);
        Collections.shuffle(shuffled, new Random(SEED));
        return shuffled.subList(0, Math.min(n, shuffled.size()));
    }
}
