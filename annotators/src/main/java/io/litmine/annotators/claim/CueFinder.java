package io.litmine.annotators.claim;

import io.litmine.corpus.model.Relation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds relation cues in a sentence's tokens, from lemma tables (the GUIDELINE's §4 vocabulary).
 * Resistance phrases are found first and win over the verbs inside them, so "confers resistance"
 * is CAUSES_RESISTANCE rather than anything "confer" might mean alone.
 */
final class CueFinder {

    private static final Map<String, Relation> VERBS = Map.ofEntries(
            Map.entry("inhibit", Relation.INHIBITS), Map.entry("block", Relation.INHIBITS),
            Map.entry("suppress", Relation.INHIBITS), Map.entry("prevent", Relation.INHIBITS),
            Map.entry("hinder", Relation.INHIBITS), Map.entry("obstruct", Relation.INHIBITS),
            Map.entry("impair", Relation.INHIBITS), Map.entry("attenuate", Relation.INHIBITS),
            Map.entry("abrogate", Relation.INHIBITS), Map.entry("regress", Relation.INHIBITS),
            Map.entry("activate", Relation.ACTIVATES), Map.entry("stimulate", Relation.ACTIVATES),
            Map.entry("induce", Relation.ACTIVATES), Map.entry("enable", Relation.ACTIVATES),
            Map.entry("trigger", Relation.ACTIVATES), Map.entry("promote", Relation.ACTIVATES),
            Map.entry("transactivate", Relation.ACTIVATES), Map.entry("encourage", Relation.ACTIVATES),
            Map.entry("bind", Relation.BINDS), Map.entry("mask", Relation.MASKS), Map.entry("cleave", Relation.CLEAVES),
            Map.entry("upregulate", Relation.UPREGULATES), Map.entry("increase", Relation.UPREGULATES),
            Map.entry("enhance", Relation.UPREGULATES),
            Map.entry("downregulate", Relation.DOWNREGULATES), Map.entry("decrease", Relation.DOWNREGULATES),
            Map.entry("reduce", Relation.DOWNREGULATES), Map.entry("degrade", Relation.DOWNREGULATES),
            Map.entry("associate", Relation.ASSOCIATED_WITH), Map.entry("correlate", Relation.ASSOCIATED_WITH),
            Map.entry("link", Relation.ASSOCIATED_WITH), Map.entry("regulate", Relation.ASSOCIATED_WITH),
            Map.entry("predict", Relation.PREDICTS),
            Map.entry("interact", Relation.INTERACTS), Map.entry("dimerize", Relation.INTERACTS),
            Map.entry("heterodimerize", Relation.INTERACTS));

    /**
     * Verbs that carry a relation only with their particle: "leads to", "results in", "contributes
     * to", "is required for" (GUIDELINE §4: cause → effect, "is required for" is ACTIVATES).
     */
    private static final Map<String, String> PHRASAL = Map.of(
            "lead", "to", "result", "in", "contribute", "to", "require", "for");

    private static final Map<String, Relation> NOUNS = Map.ofEntries(
            Map.entry("inhibition", Relation.INHIBITS), Map.entry("blockade", Relation.INHIBITS),
            Map.entry("suppression", Relation.INHIBITS),
            Map.entry("activation", Relation.ACTIVATES), Map.entry("stimulation", Relation.ACTIVATES),
            Map.entry("induction", Relation.ACTIVATES), Map.entry("phosphorylation", Relation.ACTIVATES),
            Map.entry("binding", Relation.BINDS), Map.entry("masking", Relation.MASKS),
            Map.entry("cleavage", Relation.CLEAVES),
            Map.entry("upregulation", Relation.UPREGULATES),
            Map.entry("downregulation", Relation.DOWNREGULATES), Map.entry("degradation", Relation.DOWNREGULATES),
            Map.entry("association", Relation.ASSOCIATED_WITH), Map.entry("correlation", Relation.ASSOCIATED_WITH),
            Map.entry("predictor", Relation.PREDICTS), Map.entry("biomarker", Relation.PREDICTS),
            Map.entry("interaction", Relation.INTERACTS), Map.entry("crosstalk", Relation.INTERACTS),
            Map.entry("dimerization", Relation.INTERACTS), Map.entry("heterodimerization", Relation.INTERACTS),
            Map.entry("dimerisation", Relation.INTERACTS),
            Map.entry("increase", Relation.UPREGULATES), Map.entry("decrease", Relation.DOWNREGULATES),
            Map.entry("reduction", Relation.DOWNREGULATES));

    /** Participles that, right before a process noun, state a change of it: "enhanced apoptosis". */
    private static final Map<String, Relation> MODIFIERS = Map.of("enhance", Relation.UPREGULATES,
            "increase", Relation.UPREGULATES, "elevate", Relation.UPREGULATES,
            "reduce", Relation.DOWNREGULATES, "decrease", Relation.DOWNREGULATES, "impair", Relation.DOWNREGULATES);

    /** "X has growth inhibitory properties": an adjective of effect, said of X with a verb of having. */
    private static final Map<String, Relation> PROPERTIES = Map.of("inhibitory", Relation.INHIBITS,
            "stimulatory", Relation.ACTIVATES);
    private static final Set<String> HAVING = Set.of("have", "exert", "show", "exhibit", "possess", "display");

    /** "less effective", "less potent": a weakened drug effect (GUIDELINE §2 leaves the effect out). */
    private static final Set<String> EFFECTIVE = Set.of("effective", "potent", "active", "efficacious");

    /**
     * Words that, near "resistance", make the phrase a statement that resistance is caused ("a
     * mechanism of trastuzumab resistance" is one too). "overexpress" is deliberately no cue at all:
     * "HER2-overexpressing cells" describes a sample (GUIDELINE §2).
     */
    private static final Set<String> RESISTANCE_VERBS = Set.of("confer", "contribute", "encourage", "cause",
            "mediate", "induce", "promote", "lead", "drive", "mechanism");
    private static final Set<String> RESTORING_VERBS = Set.of("reverse", "overcome", "restore", "resensitize");
    private static final int PHRASE_WINDOW = 4;

    List<Cue> find(List<Tok> toks, List<Argument> args) {
        List<Cue> cues = new ArrayList<>();
        boolean[] used = new boolean[toks.size()];
        findResistance(toks, cues, used);
        findAttenuated(toks, cues, used);
        for (Tok t : toks) {
            if (used[t.index()]) {
                continue;
            }
            String lemma = t.lemma();
            if (t.is("direct") && next(toks, t).map(n -> n.is("against")).orElse(false)) {
                cues.add(new Cue(Relation.BINDS, Cue.Kind.VERB, t.index(), t.index() + 1));
            } else if (t.isVerb() && PHRASAL.containsKey(lemma)
                    && next(toks, t).map(n -> n.is(PHRASAL.get(lemma))).orElse(false)) {
                cues.add(new Cue(Relation.ACTIVATES, Cue.Kind.VERB, t.index(), t.index() + 1));
            } else if (t.isVerb() && VERBS.containsKey(lemma) && !adjectival(toks, t) && !stimulus(toks, t, args)) {
                cues.add(new Cue(VERBS.get(lemma), Cue.Kind.VERB, t.index(), t.index()));
            } else if (t.tag().startsWith("NN") && noun(t) != null && !stimulusNoun(t, args)) {
                cues.add(new Cue(noun(t), Cue.Kind.NOUN, t.index(), t.index()));
            } else if (MODIFIERS.containsKey(lemma) && (t.tag().equals("VBN") || t.tag().equals("JJ"))
                    && next(toks, t).map(Arguments::isProcessNoun).orElse(false)) {
                cues.add(new Cue(MODIFIERS.get(lemma), Cue.Kind.MODIFIER, t.index(), t.index()));
            } else if (PROPERTIES.containsKey(lemma) && property(toks, t)) {
                cues.add(new Cue(PROPERTIES.get(lemma), Cue.Kind.PROPERTY, t.index(), t.index()));
            }
        }
        cues.sort((a, b) -> Integer.compare(a.firstTok(), b.firstTok()));
        return cues;
    }

    /**
     * "confers resistance", "contribute to trastuzumab resistance", "resistance is encouraged",
     * "resistance to X" → CAUSES_RESISTANCE; "reverse resistance", "restore sensitivity" →
     * RESTORES_SENSITIVITY.
     */
    private static void findResistance(List<Tok> toks, List<Cue> cues, boolean[] used) {
        for (Tok t : toks) {
            boolean resistance = t.is("resistance");
            if (!resistance && !t.is("sensitivity")) {
                continue;
            }
            int from = Math.max(0, t.index() - PHRASE_WINDOW);
            int to = Math.min(toks.size() - 1, t.index() + PHRASE_WINDOW);
            for (int i = from; i <= to; i++) {
                Tok v = toks.get(i);
                Relation relation = RESTORING_VERBS.contains(v.lemma()) ? Relation.RESTORES_SENSITIVITY
                        : resistance && RESISTANCE_VERBS.contains(v.lemma()) ? Relation.CAUSES_RESISTANCE : null;
                if (relation != null) {
                    add(cues, used, new Cue(relation, Cue.Kind.RESISTANCE, Math.min(i, t.index()), Math.max(i, t.index())));
                    break;
                }
                if (i == to && resistance && next(toks, t).map(n -> n.is("to")).orElse(false)) {
                    add(cues, used, new Cue(Relation.CAUSES_RESISTANCE, Cue.Kind.RESISTANCE, t.index(), t.index() + 1));
                }
            }
        }
    }

    /** The noun's relation, by its form ("crosstalk") or its lemma ("interactions"). */
    private static Relation noun(Tok t) {
        Relation byWord = NOUNS.get(t.word().toLowerCase(java.util.Locale.ROOT));
        return byWord != null ? byWord : NOUNS.get(t.lemma());
    }

    /** "has growth inhibitory properties", "exerts growth-inhibitory effects". */
    private static boolean property(List<Tok> toks, Tok t) {
        int i = t.index() - 1;
        if (i >= 0 && toks.get(i).word().equals("-")) {
            i--;
        }
        if (i < 1 || !Arguments.isProcessNoun(toks.get(i))) {
            return false;
        }
        return toks.subList(Math.max(0, i - 3), i).stream().anyMatch(p -> p.isVerb() && HAVING.contains(p.lemma()));
    }

    /**
     * "X was less effective at inhibiting growth in the presence of Y": the drug's effect is weakened
     * (no claim of its own), and what it is weakened by causes resistance to it (GUIDELINE §4).
     */
    private static void findAttenuated(List<Tok> toks, List<Cue> cues, boolean[] used) {
        for (int i = 0; i + 1 < toks.size(); i++) {
            boolean less = toks.get(i).is("less") && EFFECTIVE.contains(toks.get(i + 1).lemma());
            boolean in = toks.get(i).lemma().equals("ineffective");
            if (!less && !in) {
                continue;
            }
            int end = less ? i + 1 : i;
            // The effect it was less effective at ("at inhibiting cell growth") is weakened, not claimed.
            for (int k = end + 1; k < Math.min(toks.size(), end + 4); k++) {
                if (toks.get(k).isVerb() && VERBS.containsKey(toks.get(k).lemma())) {
                    used[k] = true;
                    break;
                }
            }
            add(cues, used, new Cue(Relation.CAUSES_RESISTANCE, Cue.Kind.ATTENUATED, i, end));
        }
    }

    private static void add(List<Cue> cues, boolean[] used, Cue cue) {
        for (int i = cue.firstTok(); i <= cue.lastTok(); i++) {
            used[i] = true;
        }
        cues.add(cue);
    }

    /**
     * "increased degradation", "decreased PTEN expression", "is associated with increased expression":
     * a participle used as an adjective. After a determiner, preposition or adjective it cannot be a
     * verb, whatever auxiliary came earlier; "activating mutations" is the fixed adjective of genetics.
     */
    private static boolean adjectival(List<Tok> toks, Tok t) {
        if (t.tag().equals("VBG")) {
            return toks.subList(t.index() + 1, Math.min(toks.size(), t.index() + 4)).stream()
                    .anyMatch(n -> n.is("mutation", "alteration", "variant", "mutant"));
        }
        if (!t.tag().equals("VBN") && !t.tag().equals("VBD")) {
            return false;
        }
        boolean auxiliaryBefore = toks.subList(Math.max(0, t.index() - 3), t.index()).stream()
                .anyMatch(p -> p.is("be", "have", "get"));
        boolean nounAfter = next(toks, t).map(n -> n.tag().startsWith("NN") || n.tag().equals("JJ")).orElse(false);
        String before = t.index() == 0 ? "DT" : toks.get(t.index() - 1).tag();
        boolean cannotBeVerb = before.matches("DT|IN|JJ|PRP\\$|POS");
        boolean determinerOrStart = before.matches("DT|IN|CC|,|JJ|RB");
        return nounAfter && (cannotBeVerb || (!auxiliaryBefore && determinerOrStart));
    }

    /**
     * "EGF-induced", "ligand-activated": a participle hyphenated to the word before premodifies a noun;
     * unless a drug is that word ("tamoxifen-induced CYP2B6", "trastuzumab-induced apoptosis": what the
     * drug does), it names an assay stimulus or condition (GUIDELINE §2) and is no verb of the sentence.
     */
    private static boolean stimulus(List<Tok> toks, Tok t, List<Argument> args) {
        if (t.index() < 2) {
            return false;
        }
        Tok hyphen = toks.get(t.index() - 1);
        Tok before = toks.get(t.index() - 2);
        if (!hyphen.word().equals("-") || hyphen.end() != t.start() || before.end() != hyphen.start()) {
            return false;
        }
        return args.stream().noneMatch(a -> a.isDrug() && a.firstTok() <= before.index() && before.index() <= a.lastTok());
    }

    /**
     * "upon EGF stimulation": a stimulus noun right after a protein names what the experiment applied
     * (triggers.tsv, kind {@code stimulus}), no claim (GUIDELINE §2: assay stimuli).
     */
    private static boolean stimulusNoun(Tok t, List<Argument> args) {
        return ClaimLexicon.get().trigger(Trigger.Kind.STIMULUS, t.lemma()).isPresent()
                && args.stream().anyMatch(a -> a.isEntity() && !a.isDrug() && a.lastTok() == t.index() - 1);
    }

    static java.util.Optional<Tok> next(List<Tok> toks, Tok t) {
        return t.index() + 1 < toks.size() ? java.util.Optional.of(toks.get(t.index() + 1)) : java.util.Optional.empty();
    }
}
