package io.litmine.annotators.claim;

import java.util.List;
import java.util.Set;

/**
 * Negation scoped to the cue (a denial in the few tokens before it: "does not hinder", "no longer
 * activates", "fails to bind") and hedging scoped to the cue's ";"-clause (GUIDELINE §6; "can"
 * alone is not a hedge).
 */
final class Modality {

    private static final Set<String> NEGATORS = Set.of("not", "n't", "no", "never", "cannot", "unable", "neither", "nor");
    private static final Set<String> HEDGES = Set.of("may", "might", "could", "possibly", "suggest", "appear",
            "propose", "possible", "potential", "potentially", "believe", "likely", "presumably", "hypothesize",
            "hypothesise", "putative", "perhaps");

    private final int window;

    Modality(int window) {
        this.window = window;
    }

    boolean negated(List<Tok> toks, Cue cue) {
        for (int i = Math.max(0, cue.firstTok() - window); i < cue.firstTok(); i++) {
            Tok t = toks.get(i);
            if (NEGATORS.contains(t.lemma()) || (t.is("fail") && i + 1 < toks.size() && toks.get(i + 1).is("to"))) {
                return true;
            }
        }
        return false;
    }

    boolean hedged(List<Tok> toks, Clauses clauses, Cue cue) {
        int c = clauses.clause(cue.firstTok());
        for (Tok t : toks) {
            if (clauses.clause(t.index()) != c) {
                continue;
            }
            if (t.index() > cue.lastTok() && opensComplement(toks, cue.lastTok(), t.index())) {
                // "X's upregulation ... suggests that the receptor may function as": the hedge governs the new clause.
                break;
            }
            if (HEDGES.contains(t.lemma()) || thought(toks, t) || supportsTheIdea(toks, t)) {
                return true;
            }
        }
        return false;
    }

    /** A "that" complement clause opens between the cue and {@code tok}, or right after {@code tok}. */
    private static boolean opensComplement(List<Tok> toks, int cue, int tok) {
        for (int k = cue + 1; k <= Math.min(toks.size() - 1, tok + 1); k++) {
            if (toks.get(k).word().equalsIgnoreCase("that") && toks.get(k).tag().equals("IN")) {
                return true;
            }
        }
        return false;
    }

    /** "it is thought that". */
    private static boolean thought(List<Tok> toks, Tok t) {
        return t.word().equalsIgnoreCase("thought") && t.index() >= 2 && toks.get(t.index() - 1).is("be")
                && toks.get(t.index() - 2).is("it");
    }

    /** "supports the idea that". */
    private static boolean supportsTheIdea(List<Tok> toks, Tok t) {
        return t.is("support") && t.index() + 2 < toks.size() && toks.get(t.index() + 2).is("idea");
    }
}
