package io.litmine.annotators.tag;

import io.litmine.annotators.lexicon.Kind;
import io.litmine.corpus.model.Mention;
import java.util.Objects;

/**
 * A mention found by the tagger, with what its lexicon entry says about it (its kind and a note)
 * and, for a chemical, its MeSH identifier when one is known ({@code D003000}, no prefix; else null).
 */
public record TaggedEntity(Mention mention, Kind kind, String note, String meshId) {
    public TaggedEntity {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(kind, "kind");
    }

    public TaggedEntity(Mention mention, Kind kind, String note) {
        this(mention, kind, note, null);
    }

    /** The identifier PubTator users expect: {@code MESH:D…} for a chemical with a MeSH id, else the lexicon's. */
    public String pubtatorId() {
        return meshId != null ? "MESH:" + meshId : mention.id();
    }
}
