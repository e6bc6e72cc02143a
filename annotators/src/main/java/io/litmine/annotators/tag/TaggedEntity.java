package io.litmine.annotators.tag;

import io.litmine.annotators.lexicon.Kind;
import io.litmine.corpus.model.Mention;
import java.util.Objects;

/** A mention found by the tagger, with what its lexicon entry says about it: its kind and a note. */
public record TaggedEntity(Mention mention, Kind kind, String note) {
    public TaggedEntity {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(kind, "kind");
    }
}
