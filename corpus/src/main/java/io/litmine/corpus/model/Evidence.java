package io.litmine.corpus.model;

import java.util.Locale;

/** The kind of evidence a claim reports; serialised in lower case as the gold and exports spell it. */
public enum Evidence {
    IN_VITRO, IN_VIVO, CLINICAL, PRECLINICAL, UNSPECIFIED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Evidence fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
