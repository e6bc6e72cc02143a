package io.litmine.bench.relations;

import io.litmine.bench.eval.Prf;
import java.util.List;
import java.util.Locale;

/**
 * BioRED figures as {@code score_relations.py biored} reports them: identifier pairs per document,
 * P/R/F1 and P/R/F1 with the polarity type; with the missed and the false pairs for reading errors.
 */
public record BioredScore(int documents, int goldPairs, int predictedPairs, int claimsUnmapped, Prf pairs, Prf typed,
                          List<BioredPair> misses, List<BioredPair> falsePositives) {

    public BioredScore {
        misses = List.copyOf(misses);
        falsePositives = List.copyOf(falsePositives);
    }

    public Figures figures() {
        return new Figures().putPrf("", pairs).putPrf("typed", typed).put("documents", documents).put("gold_pairs", goldPairs)
                .put("predicted_pairs", predictedPairs).put("claims_unmapped", claimsUnmapped);
    }

    /** The rounded figure the script prints, as a double: precision, recall, f1, typed_f1, …. */
    public double figure(String key) {
        return figures().get(key);
    }

    /** The script's report lines and its JSON line, character for character. */
    public String report() {
        return String.format(Locale.ROOT, "BioRED: %d documents, %d gene/chemical gold pairs, %d predicted "
                        + "(%d asserted claims named no gold entity)%n", documents, goldPairs, predictedPairs, claimsUnmapped)
                + Figures.prfLine("pairs", pairs) + System.lineSeparator()
                + Figures.prfLine("pairs+type", typed) + System.lineSeparator()
                + figures();
    }
}
