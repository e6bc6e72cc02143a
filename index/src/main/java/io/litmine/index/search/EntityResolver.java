package io.litmine.index.search;

import io.litmine.corpus.model.EntityType;
import java.util.Set;

/**
 * Names a gene or drug by any of its synonyms: HER2, ErbB2 and neu all resolve to ERBB2, the
 * normalised name claims are indexed under. The index module only knows this interface; the
 * lexicon behind it lives in the annotators module and is wired in by the command line.
 */
@FunctionalInterface
public interface EntityResolver {

    /** Resolves nothing: filters and queries match the names exactly as given. */
    EntityResolver NONE = (type, surface) -> Set.of();

    /** The normalised names {@code surface} is a synonym of (usually one); empty when unknown. */
    Set<String> resolve(EntityType type, String surface);
}
