package io.litmine.pipeline.ingest;

import io.litmine.annotators.gene.model.GeneModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Keeps a copy of the gene model an index was tagged with in {@code <index>/model/}, as
 * {@link LexiconSnapshot} does for the lexicon: what was tagged can be reproduced later whatever
 * model the machine has by then. An ingest without a model removes the copy, so the folder never
 * claims a model the latest ingest did not use. The file is copied beside the old one and moved over it.
 */
final class ModelSnapshot {

    private ModelSnapshot() {
    }

    /** The file name of the CoreNLP-serialised model earlier versions kept; it no longer loads. */
    static final String LEGACY_FILE_NAME = "genes.crf.ser.gz";

    /** @param source the model folder used, or null for dictionary tagging only */
    static void write(Path source, Path target) throws IOException {
        Path file = target.resolve(GeneModel.FILE_NAME);
        Files.deleteIfExists(target.resolve(LEGACY_FILE_NAME));
        if (source == null) {
            Files.deleteIfExists(file);
            if (Files.isDirectory(target)) {
                try (var left = Files.list(target)) {
                    if (left.findAny().isEmpty()) {
                        Files.delete(target);
                    }
                }
            }
            return;
        }
        Files.createDirectories(target);
        Path temp = Files.createTempFile(target, ".model-", ".tmp");
        try {
            Files.copy(source.resolve(GeneModel.FILE_NAME), temp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
