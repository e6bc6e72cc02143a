package io.litmine.pipeline.ingest;

import io.litmine.annotators.model.MentionModel;
import io.litmine.annotators.model.ModelChoice;
import io.litmine.corpus.model.EntityType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Keeps a copy of the gene and chemical models an index was tagged with in {@code <index>/model/},
 * as {@link LexiconSnapshot} does for the lexicon: what was tagged can be reproduced later whatever
 * models the machine has by then (the shipped ones are copied too: a later litmine may ship others).
 * An ingest without models removes the copies, so the folder never claims a model the latest
 * ingest did not use. Each file is copied beside the old one and moved over it.
 */
final class ModelSnapshot {

    private ModelSnapshot() {
    }

    /** The file name of the CoreNLP-serialised model earlier versions kept; it no longer loads. */
    static final String LEGACY_FILE_NAME = "genes.crf.ser.gz";

    static void write(ModelChoice models, Path target) throws IOException {
        Files.deleteIfExists(target.resolve(LEGACY_FILE_NAME));
        if (!models.enabled()) {
            for (EntityType type : EntityType.values()) {
                Files.deleteIfExists(target.resolve(MentionModel.fileName(type)));
            }
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
        for (EntityType type : EntityType.values()) {
            Path temp = Files.createTempFile(target, ".model-", ".tmp");
            try {
                try (InputStream in = MentionModel.existsIn(models.dir(), type)
                        ? Files.newInputStream(models.dir().resolve(MentionModel.fileName(type)))
                        : MentionModel.openBuiltIn(type)) {
                    Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                }
                Files.move(temp, target.resolve(MentionModel.fileName(type)), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }
}
