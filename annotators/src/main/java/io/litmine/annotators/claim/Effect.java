package io.litmine.annotators.claim;

import io.litmine.corpus.model.Relation;

/**
 * A signed effect: what a trigger or an argument noun does to what it governs, as a sign (+1 raises,
 * -1 lowers) and an aspect. Effects compose along the parse ("blocks" −, "activation of" + activity:
 * inhibits), and the composition names the relation ({@link #relation}).
 */
record Effect(int sign, Aspect aspect) {

    /** What the effect is about: activity or a process, the amount of an entity, or a drug's effect. */
    enum Aspect { ACTIVITY, AMOUNT, RESISTANCE, SENSITIVITY }

    static final Effect RAISES = new Effect(1, Aspect.ACTIVITY);

    /** "+activity", "-amount"; null for anything else (a fixed relation). */
    static Effect parse(String s) {
        if (s.length() < 2 || (s.charAt(0) != '+' && s.charAt(0) != '-')) {
            return null;
        }
        return new Effect(s.charAt(0) == '+' ? 1 : -1, Aspect.valueOf(s.substring(1).toUpperCase(java.util.Locale.ROOT)));
    }

    /** This effect applied to what {@code inner} says of the argument: signs multiply, the inner aspect wins. */
    Effect then(Effect inner) {
        return inner == null ? this : new Effect(sign * inner.sign, inner.aspect);
    }

    Effect flipped() {
        return new Effect(-sign, aspect);
    }

    /**
     * The relation the effect asserts on an entity or, when {@code onProcess}, on a process (amounts are
     * said of entities only, GUIDELINE §4): activity ± → ACTIVATES/INHIBITS, amount ± → UP/DOWNREGULATES,
     * resistance + or sensitivity − → CAUSES_RESISTANCE, resistance − or sensitivity + → RESTORES_SENSITIVITY.
     */
    Relation relation(boolean onProcess) {
        boolean up = sign > 0;
        return switch (aspect) {
            case ACTIVITY -> up ? Relation.ACTIVATES : Relation.INHIBITS;
            case AMOUNT -> onProcess ? (up ? Relation.ACTIVATES : Relation.INHIBITS) : (up ? Relation.UPREGULATES : Relation.DOWNREGULATES);
            case RESISTANCE -> up ? Relation.CAUSES_RESISTANCE : Relation.RESTORES_SENSITIVITY;
            case SENSITIVITY -> up ? Relation.RESTORES_SENSITIVITY : Relation.CAUSES_RESISTANCE;
        };
    }
}
