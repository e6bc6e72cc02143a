package io.litmine.bench.eval;

import io.litmine.bench.relations.Figures;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link ClaimScorer} measures. Relation, negated, hedged and citation accuracies are over the
 * {@code matched} claims; state and net-relation accuracies over the {@code stateAnnotated} matched claims
 * whose gold has argument states.
 */
public record ClaimScores(Prf sentences, Prf claims, Prf strict, int matched,
                          int relationCorrect, int negatedCorrect, int hedgedCorrect, int citationsCorrect,
                          int stateAnnotated, int subjectStateCorrect, int objectStateCorrect, int netRelationCorrect) {

    public double relationAccuracy() {
        return ratio(relationCorrect, matched);
    }

    public double negatedAccuracy() {
        return ratio(negatedCorrect, matched);
    }

    public double hedgedAccuracy() {
        return ratio(hedgedCorrect, matched);
    }

    public double citationsAccuracy() {
        return ratio(citationsCorrect, matched);
    }

    public double subjectStateAccuracy() {
        return ratio(subjectStateCorrect, stateAnnotated);
    }

    public double objectStateAccuracy() {
        return ratio(objectStateCorrect, stateAnnotated);
    }

    public double netRelationAccuracy() {
        return ratio(netRelationCorrect, stateAnnotated);
    }

    private static double ratio(int n, int of) {
        return of == 0 ? 0.0 : (double) n / of;
    }

    /** The figures of score_claims.score, keys in its order, rounded as it rounds them. */
    public Figures figures() {
        Figures f = new Figures().putPrf("", claims).putPrf("sentence", sentences).putPrf("strict", strict);
        accuracy(f, "relation", relationCorrect, matched);
        accuracy(f, "negated", negatedCorrect, matched);
        accuracy(f, "hedged", hedgedCorrect, matched);
        accuracy(f, "citations", citationsCorrect, matched);
        accuracy(f, "subject_state", subjectStateCorrect, stateAnnotated);
        accuracy(f, "object_state", objectStateCorrect, stateAnnotated);
        accuracy(f, "net_relation", netRelationCorrect, stateAnnotated);
        return f.put("state_annotated", stateAnnotated).put("matched", matched);
    }

    private static void accuracy(Figures f, String name, int correct, int of) {
        f.put(name + "_accuracy", Figures.ratio(correct, of)).put(name + "_correct", correct);
    }

    /** The report lines about the scores, laid out like score_claims.py's. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>(List.of(
                Figures.prfLine("claim sentences", sentences),
                Figures.prfLine("claims (sentence+pair)", claims),
                Figures.prfLine("  +relation,negated", strict),
                "on matched claims: relation " + counted(relationCorrect, matched) + ", negated " + counted(negatedCorrect, matched)
                        + ", hedged " + counted(hedgedCorrect, matched) + ", citations " + counted(citationsCorrect, matched)));
        if (stateAnnotated > 0) {
            lines.add("argument states on " + stateAnnotated + " matched claims: subject_state " + fixed(subjectStateCorrect)
                    + ", object_state " + fixed(objectStateCorrect) + ", net_relation " + fixed(netRelationCorrect));
        }
        return lines;
    }

    public String report() {
        return String.join("\n", lines());
    }

    private static String counted(int correct, int of) {
        return Figures.fixed(Figures.ratio(correct, of)) + " (" + correct + "/" + of + ")";
    }

    private String fixed(int correct) {
        return Figures.fixed(Figures.ratio(correct, stateAnnotated));
    }
}
