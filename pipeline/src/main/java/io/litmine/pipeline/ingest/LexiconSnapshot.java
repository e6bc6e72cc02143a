package io.litmine.pipeline.ingest;

import io.litmine.annotators.lexicon.Lexicon;
import io.litmine.corpus.model.EntityType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Keeps a copy of the lexicon an index was built with in {@code <index>/lexicon/}, so that what
 * was tagged can be told (and searched) with the same vocabulary later, whichever lexicon the
 * user's machine has by then. The copy is written beside the old one and swapped in by renames.
 */
final class LexiconSnapshot {

    private LexiconSnapshot() {
    }

    /** @param source the lexicon folder used, or null for the built-in lexicon */
    static void write(Path source, Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Path fresh = parent.resolve(".lexicon-" + UUID.randomUUID());
        Files.createDirectories(fresh);
        for (EntityType type : EntityType.values()) {
            String name = Lexicon.fileName(type);
            if (source != null) {
                Files.copy(source.resolve(name), fresh.resolve(name));
            } else {
                try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(Lexicon.BUILT_IN_DIR + name)) {
                    if (in == null) {
                        throw new IOException("built-in lexicon " + name + " missing from the classpath");
                    }
                    Files.copy(in, fresh.resolve(name));
                }
            }
        }
        Path old = parent.resolve(".lexicon-old-" + UUID.randomUUID());
        if (Files.exists(target)) {
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
        if (Files.exists(old)) {
            for (EntityType type : EntityType.values()) {
                Files.deleteIfExists(old.resolve(Lexicon.fileName(type)));
            }
            Files.deleteIfExists(old);
        }
    }
}
