package io.litmine.corpus.model;

import java.util.Locale;

/**
 * Whether the references a claim cites look like they back it, judged from their titles alone:
 * {@link #TITLE_SUPPORTED} when every cited title names one of the claim's entities (or a synonym),
 * {@link #UNVERIFIED} when at least one does not (or has no parsed title), {@link #NONE} when the
 * claim cites nothing. A reviewer's hint, not a verdict: a title can omit what the paper shows.
 */
public enum CitationCheck {
    TITLE_SUPPORTED("title-supported"),
    UNVERIFIED("unverified"),
    NONE("none");

    private final String label;

    CitationCheck(String label) {
        this.label = label;
    }

    /** The spelling in exports, the index and on the command line. */
    public String label() {
        return label;
    }

    public static CitationCheck fromLabel(String label) {
        for (CitationCheck c : values()) {
            if (c.label.equals(label.strip().toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown citation check '" + label + "' (expected title-supported, unverified or none)");
    }
}
