package io.litmine.pipeline.cli;

import io.litmine.annotators.lexicon.Lexicon;
import io.litmine.corpus.model.EntityType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which lexicon a command uses: {@code --lexicon DIR} when given (it must hold both files), else
 * the one {@code litmine lexicon import} wrote to {@code ~/.litmine/lexicon} when present, else
 * null, meaning the built-in curated lexicon.
 */
final class LexiconLocation {

    private LexiconLocation() {
    }

    static Path defaultDir() {
        return Path.of(System.getProperty("user.home"), ".litmine", "lexicon");
    }

    static Path resolve(Path explicit) throws UsageException {
        if (explicit != null) {
            if (!complete(explicit)) {
                throw new UsageException("--lexicon " + explicit + " holds no genes.tsv and drugs.tsv (see litmine lexicon import)");
            }
            return explicit;
        }
        Path home = defaultDir();
        return complete(home) ? home : null;
    }

    private static boolean complete(Path dir) {
        return Files.isRegularFile(dir.resolve(Lexicon.fileName(EntityType.GENE)))
                && Files.isRegularFile(dir.resolve(Lexicon.fileName(EntityType.DRUG)));
    }
}
