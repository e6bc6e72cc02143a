package io.litmine.bench.relations;

import io.litmine.corpus.model.Claim;
import java.util.Locale;
import java.util.Set;

/**
 * The sign of a relation as {@code score_relations.py} compares it: a claim's by its net relation
 * (the relation with a lost subject's sign inverted), a ChemProt label's and a BioRED type's by
 * their names.
 */
public enum Polarity {
    POSITIVE, NEGATIVE, BIND, OTHER;

    private static final Set<String> CHEMPROT_POSITIVE = Set.of("ACTIVATOR", "UPREGULATOR", "INDIRECT-UPREGULATOR", "AGONIST");
    private static final Set<String> CHEMPROT_NEGATIVE = Set.of("INHIBITOR", "DOWNREGULATOR", "INDIRECT-DOWNREGULATOR", "ANTAGONIST");

    /** What a claim asserts about its subject's entity: {@link Claim#netRelation()}. */
    public static Polarity of(Claim claim) {
        return switch (claim.netRelation()) {
            case ACTIVATES, UPREGULATES -> POSITIVE;
            case INHIBITS, DOWNREGULATES -> NEGATIVE;
            case BINDS, INTERACTS, MASKS, CLEAVES -> BIND;
            default -> OTHER;
        };
    }

    /** A ChemProt label's sign, or null for the labels polarity accuracy leaves out (substrates, products, …). */
    public static Polarity ofChemProt(String label) {
        if (CHEMPROT_POSITIVE.contains(label)) {
            return POSITIVE;
        }
        return CHEMPROT_NEGATIVE.contains(label) ? NEGATIVE : null;
    }

    /** Positive_Correlation, Negative_Correlation, Bind; every other BioRED type is OTHER. */
    public static Polarity ofBiored(String type) {
        return switch (type) {
            case "Positive_Correlation" -> POSITIVE;
            case "Negative_Correlation" -> NEGATIVE;
            case "Bind" -> BIND;
            default -> OTHER;
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
