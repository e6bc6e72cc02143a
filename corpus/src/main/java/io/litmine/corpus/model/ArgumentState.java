package io.litmine.corpus.model;

import java.util.Locale;

/**
 * What a sentence does to a claim argument's entity: {@link #LOSS} (deficiency, knockdown, an
 * inhibitor of it, decreased expression), {@link #GAIN} (overexpression, amplification,
 * constitutive activation, an activating mutation), {@link #MUTANT} (a mutation or variant with no
 * stated direction), or {@link #NONE} (the entity itself). Exports write the lower-case label, and
 * {@code null} for NONE, as the gold files do.
 */
public enum ArgumentState {
    NONE, LOSS, GAIN, MUTANT;

    /** "loss", "gain", "mutant"; null for {@link #NONE}. */
    public String label() {
        return this == NONE ? null : name().toLowerCase(Locale.ROOT);
    }

    /** The state a label names; null, blank, "null" and "none" are {@link #NONE}. */
    public static ArgumentState fromLabel(String label) {
        if (label == null || label.isBlank() || label.equalsIgnoreCase("null") || label.equalsIgnoreCase("none")) {
            return NONE;
        }
        return valueOf(label.strip().toUpperCase(Locale.ROOT));
    }
}
