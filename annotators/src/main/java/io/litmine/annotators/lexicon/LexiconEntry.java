package io.litmine.annotators.lexicon;

import io.litmine.corpus.model.EntityType;
import java.util.List;
import java.util.Objects;

/**
 * One concept of a lexicon: its normalised {@code name} (HGNC symbol, FamPlex family or lower-case
 * INN), its identifier ({@code HGNC:3430}, {@code FPLX:PI3K}, {@code DrugBank:DB00072}) and the
 * surface forms that name it.
 */
public record LexiconEntry(EntityType type, String name, String id, List<String> synonyms) {
    public LexiconEntry {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(id, "id");
        if (name.isBlank() || id.isBlank()) {
            throw new IllegalArgumentException("lexicon entry needs a name and an id");
        }
        synonyms = List.copyOf(synonyms);
    }
}
