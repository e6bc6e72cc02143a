package io.litmine.annotators.claim;

import java.util.List;
import java.util.Set;

/**
 * The clause structure the claim rules respect, from punctuation and function words (no parse):
 * ";" starts a new clause; ", which ... ," (or ", who") is a relative clause of its own; and between
 * two tokens of one clause a clause break ("how", "whereas", ", and" before a verb, or a finite verb
 * of its own) means an argument on the far side belongs to another predicate.
 */
final class Clauses {

    private static final Set<String> SUBORDINATORS = Set.of("how", "whereas", "while", "although", "though",
            "because", "but", "despite");
    private static final Set<String> AUXILIARIES = Set.of("be", "have", "do");
    /** Pronouns that are a clause's own subject ("we could inhibit"); "it" may stand for an entity. */
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("we", "they", "i", "you");

    private final List<Tok> toks;
    private final int[] clause;
    private final int[] relative;

    Clauses(List<Tok> toks) {
        this.toks = toks;
        this.clause = clauses(toks);
        this.relative = relativeClauses(toks);
    }

    int clause(int tok) {
        return clause[tok];
    }

    int relative(int tok) {
        return relative[tok];
    }

    /**
     * Whether a clause break lies strictly between tokens {@code from} and {@code to} (outside any
     * relative clause). A finite verb coordinated with the token at {@code to} ("normalises and
     * regresses") is no break: the two verbs share their subject.
     */
    boolean breakBetween(int from, int to) {
        return breakBetween(from, to, Set.of());
    }

    /** The same, where a finite verb in {@code lightVerbs} ("mediates HER2 masking") is no break. */
    boolean breakBetween(int from, int to, Set<String> lightVerbs) {
        for (int k = from + 1; k < to; k++) {
            if (relative[k] != 0) {
                continue;
            }
            Tok t = toks.get(k);
            if (SUBORDINATORS.contains(t.lemma()) || clauseCoordination(k) || SUBJECT_PRONOUNS.contains(t.lemma())) {
                return true;
            }
            boolean finite = t.tag().matches("VBZ|VBP|VBD") && !AUXILIARIES.contains(t.lemma())
                    && !lightVerbs.contains(t.lemma());
            boolean coordinatedWithTarget = k + 2 == to && toks.get(k + 1).is("and", "or");
            // "gefitinib fails to inhibit", "X appears to activate": the verb lends its subject to the infinitive.
            boolean control = k + 1 < toks.size() && toks.get(k + 1).is("to") && to <= k + 3;
            if (finite && !coordinatedWithTarget && !control) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the argument ending at {@code last} is not the subject of a verb at {@code verb}: it
     * is the object of a preposition ("the binding of X to CD44 enables"), or a modifier of a head
     * noun that a relative pronoun takes up ("another HER2 masking mechanism that inhibits").
     */
    boolean notSubject(int first, int last, int verb) {
        int p = first - 1;
        while (p >= 0 && toks.get(p).tag().matches("DT|JJ.*|PRP\\$")) {
            p--;
        }
        if (p >= 0 && toks.get(p).is("to", "on", "from", "at", "into", "than")) {
            return true;
        }
        for (int k = last + 1; k < verb; k++) {
            if (toks.get(k).is("be")) {
                // "Trastuzumab is an antibody that is directed against HER2": the head is its predicate.
                return false;
            }
            if (toks.get(k).is("that", "which") && k - 1 > last && toks.get(k - 1).tag().startsWith("NN")) {
                return true;
            }
        }
        return false;
    }

    /** ", and" or ", but" opening a new clause (a verb, adverb or pronoun next), or "and ,". */
    private boolean clauseCoordination(int k) {
        Tok t = toks.get(k);
        if (t.is("and", "or") && k + 1 < toks.size() && toks.get(k + 1).word().equals(",")) {
            return true;
        }
        return t.word().equals(",") && k + 2 < toks.size() && toks.get(k + 1).is("and", "but", "so")
                && toks.get(k + 2).tag().matches("VB.*|RB|PRP|WRB|,");
    }

    /** Clause number of each token: ";" starts a new clause. */
    private static int[] clauses(List<Tok> toks) {
        int[] clause = new int[toks.size()];
        int n = 0;
        for (Tok t : toks) {
            if (t.word().equals(";")) {
                n++;
            }
            clause[t.index()] = n;
        }
        return clause;
    }

    /** Non-zero on tokens inside ", which ... ," (or ", who ..."), each such clause its own number. */
    private static int[] relativeClauses(List<Tok> toks) {
        int[] relative = new int[toks.size()];
        int n = 0;
        for (int i = 1; i < toks.size(); i++) {
            if (toks.get(i - 1).word().equals(",") && toks.get(i).is("which", "who")) {
                n++;
                int j = i;
                while (j < toks.size() && !toks.get(j).word().equals(",") && !toks.get(j).word().equals(";")) {
                    relative[j++] = n;
                }
            }
        }
        return relative;
    }
}
