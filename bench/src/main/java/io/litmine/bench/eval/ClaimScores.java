package io.litmine.bench.eval;

import java.util.Locale;

/** What {@link ClaimScorer} measures; accuracies are over the {@code matched} claims. */
public record ClaimScores(Prf sentences, Prf claims, Prf strict, int matched,
                          int relationCorrect, int negatedCorrect, int hedgedCorrect, int citationsCorrect) {

    public double relationAccuracy() {
        return ratio(relationCorrect);
    }

    public double negatedAccuracy() {
        return ratio(negatedCorrect);
    }

    public double hedgedAccuracy() {
        return ratio(hedgedCorrect);
    }

    public double citationsAccuracy() {
        return ratio(citationsCorrect);
    }

    private double ratio(int n) {
        return matched == 0 ? 0.0 : (double) n / matched;
    }

    /** The report, laid out like score_claims.py's. */
    public String report() {
        return String.join("\n",
                sentences.line("claim sentences"),
                claims.line("claims (sentence+pair)"),
                strict.line("  +relation,negated"),
                String.format(Locale.ROOT, "on matched claims: relation %.4f (%d/%d), negated %.4f (%d/%d), hedged %.4f (%d/%d), citations %.4f (%d/%d)",
                        relationAccuracy(), relationCorrect, matched, negatedAccuracy(), negatedCorrect, matched,
                        hedgedAccuracy(), hedgedCorrect, matched, citationsAccuracy(), citationsCorrect, matched));
    }
}
