package io.litmine.corpus.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * A gene/protein or drug mention: the text as written, its offsets in the cleaned text, and its
 * normalised form: {@code name} is the preferred name a user searches by (ERBB2, trastuzumab
 * emtansine), {@code id} the database identifier (HGNC:3430, DrugBank:DB05773, FPLX:PI3K).
 */
public record Mention(String text, int start, int end, EntityType type, String name, String id)
        implements Serializable {
    public Mention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(id, "id");
        new Span(start, end);
    }
}
