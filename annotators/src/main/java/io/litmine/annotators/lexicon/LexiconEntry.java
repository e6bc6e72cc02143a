package io.litmine.annotators.lexicon;

import io.litmine.corpus.model.EntityType;
import java.util.List;
import java.util.Objects;

/**
 * One concept of a lexicon: its normalised {@code name} (HGNC symbol, FamPlex family or lower-case
 * INN), its identifier ({@code HGNC:3430}, {@code FPLX:PI3K}, {@code DrugBank:DB00072}), the
 * surface forms that name it, and the {@link Qualifiers} that say when and how they apply.
 */
public record LexiconEntry(EntityType type, String name, String id, List<String> synonyms, Qualifiers qualifiers) {
    public LexiconEntry {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(id, "id");
        if (name.isBlank() || id.isBlank()) {
            throw new IllegalArgumentException("lexicon entry needs a name and an id");
        }
        synonyms = List.copyOf(synonyms);
        qualifiers = qualifiers == null ? Qualifiers.NONE : qualifiers;
    }

    public LexiconEntry(EntityType type, String name, String id, List<String> synonyms) {
        this(type, name, id, synonyms, Qualifiers.NONE);
    }

    /** A family (FamPlex), a drug class, or one gene or drug. */
    public Kind kind() {
        if (qualifiers.kind() != Kind.CONCEPT) {
            return qualifiers.kind();
        }
        return id.startsWith("FPLX:") ? Kind.FAMILY : Kind.CONCEPT;
    }
}
