package io.litmine.bench.relations;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ChemProt figures as {@code score_relations.py chemprot} reports them: pair recall (the set has
 * positives only, so no precision), polarity accuracy on the found pairs whose label is signed, and
 * polarity recall over every signed pair; with the missed pairs for reading errors.
 */
public record ChemProtScore(int pairs, int found, int signedPairs, int signedFound, int polarityCorrect,
                           List<ChemProtMiss> misses) {

    public ChemProtScore {
        misses = List.copyOf(misses);
    }

    public double pairRecall() {
        return Figures.ratio(found, pairs).doubleValue();
    }

    public double polarityAccuracy() {
        return Figures.ratio(polarityCorrect, signedFound).doubleValue();
    }

    public double polarityRecall() {
        return Figures.ratio(polarityCorrect, signedPairs).doubleValue();
    }

    public Figures figures() {
        return new Figures().put("pairs", pairs).put("pair_found", found).put("pair_recall", Figures.ratio(found, pairs))
                .put("signed_pairs", signedPairs).put("signed_found", signedFound).put("polarity_correct", polarityCorrect)
                .put("polarity_accuracy", Figures.ratio(polarityCorrect, signedFound))
                .put("polarity_recall", Figures.ratio(polarityCorrect, signedPairs));
    }

    /** How many misses each reason explains. */
    public Map<ChemProtMiss.Reason, Integer> missReasons() {
        Map<ChemProtMiss.Reason, Integer> counts = new EnumMap<>(ChemProtMiss.Reason.class);
        misses.forEach(m -> counts.merge(m.reason(), 1, Integer::sum));
        return counts;
    }

    /** The script's report lines and its JSON line, character for character. */
    public String report() {
        return String.format(Locale.ROOT, "ChemProt: %d gold pairs; a claim links %d (recall %s)%n", pairs, found,
                Figures.fixed(Figures.ratio(found, pairs)))
                + String.format(Locale.ROOT, "polarity right on %d of %d found signed pairs (%s); %d of %d signed pairs overall (%s)%n",
                polarityCorrect, signedFound, Figures.fixed(Figures.ratio(polarityCorrect, signedFound)), polarityCorrect,
                signedPairs, Figures.fixed(Figures.ratio(polarityCorrect, signedPairs)))
                + figures();
    }
}
