package io.litmine.pipeline.search;

import io.litmine.annotators.lexicon.Lexicon;
import io.litmine.corpus.model.EntityType;
import io.litmine.index.search.EntityResolver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves gene and drug synonyms with the lexicon an index was built with: its copy in
 * {@code <index>/lexicon/} when there is one (so a search names entities exactly as the tagger
 * did), else the built-in curated lexicon. Thread-safe: lexicons are read-only once loaded.
 */
public final class LexiconEntityResolver implements EntityResolver {

    private static final Logger LOG = LoggerFactory.getLogger(LexiconEntityResolver.class);

    private final Lexicon genes;
    private final Lexicon drugs;

    public LexiconEntityResolver(Lexicon genes, Lexicon drugs) {
        this.genes = genes;
        this.drugs = drugs;
    }

    /** The lexicon kept in {@code indexRoot/lexicon/} when it has both files, else the built-in one. */
    public static LexiconEntityResolver forIndex(Path indexRoot) {
        Path dir = indexRoot.resolve("lexicon");
        boolean copy = Files.isRegularFile(dir.resolve(Lexicon.fileName(EntityType.GENE)))
                && Files.isRegularFile(dir.resolve(Lexicon.fileName(EntityType.DRUG)));
        LOG.debug("resolving synonyms with the {} lexicon", copy ? "index's copy of the" : "built-in");
        return new LexiconEntityResolver(Lexicon.load(EntityType.GENE, copy ? dir : null),
                Lexicon.load(EntityType.DRUG, copy ? dir : null));
    }

    @Override
    public Set<String> resolve(EntityType type, String surface) {
        Lexicon lexicon = type == EntityType.GENE ? genes : drugs;
        return lexicon.lookup(surface).map(entry -> Set.of(entry.name())).orElse(Set.of());
    }
}
