package io.litmine.annotators.claim;

import io.litmine.corpus.model.EntityType;

/**
 * A claim argument: a named entity (one mention, or mentions joined by "/" such as
 * {@code PI3K/Akt} → {@code PI3K/AKT}) or a process noun such as "cell proliferation"
 * ({@code id} null, {@code label} its short lower-case name, GUIDELINE §5). Token indexes are inclusive.
 */
record Argument(String text, String id, EntityType type, String label, int firstTok, int lastTok, int start, int end) {

    static Argument entity(String text, String id, EntityType type, int firstTok, int lastTok, int start, int end) {
        return new Argument(text, id, type, null, firstTok, lastTok, start, end);
    }

    static Argument process(String text, String label, int firstTok, int lastTok, int start, int end) {
        return new Argument(text, null, null, label, firstTok, lastTok, start, end);
    }

    boolean isEntity() {
        return id != null;
    }

    boolean isDrug() {
        return type == EntityType.DRUG;
    }

    boolean isGene() {
        return type == EntityType.GENE;
    }

    /** The entity id, else the process label: what a claim records as the argument's normalised name. */
    String norm() {
        return id != null ? id : label;
    }

    Argument withText(String newText, int newLastTok, int newEnd) {
        return new Argument(newText, id, type, label, firstTok, newLastTok, start, newEnd);
    }
}
