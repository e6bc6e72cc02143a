package io.litmine.annotators.claim;

import io.litmine.corpus.model.EntityType;

/**
 * A claim argument: a named entity (one mention, or mentions joined by "/" such as
 * {@code PI3K/Akt} → {@code PI3K/AKT}) or a process noun such as "cell proliferation"
 * ({@code id} null). Token indexes are inclusive.
 */
record Argument(String text, String id, EntityType type, int firstTok, int lastTok, int start, int end) {

    boolean isEntity() {
        return id != null;
    }

    boolean isDrug() {
        return type == EntityType.DRUG;
    }

    boolean isGene() {
        return type == EntityType.GENE;
    }

    Argument withText(String newText, int newLastTok, int newEnd) {
        return new Argument(newText, id, type, firstTok, newLastTok, start, newEnd);
    }
}
