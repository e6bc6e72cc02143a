package io.litmine.annotators.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Coordinated arguments, split into one per conjunct as the GUIDELINE asks ("inhibitor of EGFR,
 * HER2 and HER4" gives one claim per target): entities joined by ",", "and", "or" (a parenthesis
 * between them, "trastuzumab emtansine (T-DM1) and lapatinib", is skipped, and so is an adverb of
 * sequence after the coordinator, "Akt and subsequently p70S6 kinase"), and a class followed by
 * its examples ("HER family ligands such as heregulin and EGF", "pathways, including RAS and PI3K"),
 * which stand for the class.
 */
final class Coordination {

    private static final int EXAMPLE_GAP = 2;

    private final List<Tok> toks;
    private final List<Argument> args;

    Coordination(List<Tok> toks, List<Argument> args) {
        this.toks = toks;
        this.args = args;
    }

    /** The conjuncts {@code arg} stands for, in reading order ({@code arg} itself when it has none). */
    List<Argument> expand(Argument arg) {
        if (!arg.isEntity()) {
            return List.of(arg);
        }
        Optional<Argument> example = firstExample(arg);
        if (example.isPresent()) {
            return conjuncts(example.get());
        }
        return conjuncts(arg);
    }

    private List<Argument> conjuncts(Argument arg) {
        List<Argument> out = new ArrayList<>();
        Argument left = arg;
        while ((left = neighbour(left, -1)) != null) {
            out.add(0, left);
        }
        out.add(arg);
        Argument right = arg;
        while ((right = neighbour(right, +1)) != null) {
            out.add(right);
        }
        return out;
    }

    /** The entity joined to {@code a} by a coordinator on the given side, or null. */
    private Argument neighbour(Argument a, int dir) {
        int i = dir < 0 ? a.firstTok() - 1 : a.lastTok() + 1;
        if (dir > 0 && i < toks.size() && toks.get(i).word().equals(")") && a.firstTok() > 0
                && toks.get(a.firstTok() - 1).word().equals("(")) {
            // "oestrogen (ER) and progesterone (PR)": the abbreviation stands for its long form.
            i++;
        }
        boolean joined = false;
        while (i >= 0 && i < toks.size()) {
            Tok t = toks.get(i);
            if (t.word().equals(",") || t.is("and", "or")) {
                joined = true;
                i += dir;
            } else if (joined == (dir > 0) && i >= 1 && toks.get(i - 1).is("and", "or")
                    && ClaimLexicon.get().isCoordinationAdverb(t.word())) {
                // "Akt and subsequently p70S6 kinase": an adverb right after the coordinator does not end the list.
                i += dir;
            } else if (dir < 0 && t.word().equals(")")) {
                i = matching(i, "(", -1);
            } else if (dir > 0 && t.word().equals("(")) {
                i = matching(i, ")", +1);
            } else {
                break;
            }
            if (i < 0) {
                return null;
            }
        }
        if (!joined || i < 0 || i >= toks.size()) {
            return null;
        }
        int at = dir > 0 && i + 2 < toks.size() && toks.get(i + 1).word().equals("(") && !startsArgument(i) ? i + 2 : i;
        return args.stream().filter(Argument::isEntity)
                .filter(x -> (dir < 0 ? x.lastTok() : x.firstTok()) == at && x.isDrug() == a.isDrug())
                .findFirst().orElse(null);
    }

    private boolean startsArgument(int tok) {
        return args.stream().anyMatch(x -> x.firstTok() == tok);
    }

    private int matching(int from, String bracket, int dir) {
        for (int i = from + dir; i >= 0 && i < toks.size(); i += dir) {
            if (toks.get(i).word().equals(bracket)) {
                return i + dir;
            }
        }
        return -1;
    }

    /** "X ligands such as A", "X pathways, including A": the first example after the class. */
    private Optional<Argument> firstExample(Argument arg) {
        for (int i = arg.lastTok() + 1; i <= Math.min(toks.size() - 2, arg.lastTok() + 1 + EXAMPLE_GAP); i++) {
            Tok t = toks.get(i);
            int next = -1;
            if (t.is("such") && toks.get(i + 1).is("as")) {
                next = i + 2;
            } else if (t.is("include") && t.word().equalsIgnoreCase("including")) {
                next = i + 1;
            }
            if (next >= 0) {
                int at = next;
                return args.stream().filter(x -> x.isEntity() && x.firstTok() == at).findFirst();
            }
            if (!(t.tag().startsWith("NN") || t.word().equals(","))) {
                break;
            }
        }
        return Optional.empty();
    }
}
