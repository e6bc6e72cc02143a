package io.litmine.pipeline.cli;

import io.litmine.annotators.model.MentionModel;
import io.litmine.annotators.model.ModelChoice;
import io.litmine.corpus.model.EntityType;
import java.nio.file.Path;

/**
 * Which gene and chemical models a command uses: none with {@code --no-model}; the folder given
 * with {@code --model DIR} (it must hold a model); else the models {@code litmine model train-genes|
 * train-chemicals} wrote to {@code ~/.litmine/models} when there are any; else the shipped ones. A
 * type the chosen folder has no file for uses its shipped model.
 */
final class ModelLocation {

    private ModelLocation() {
    }

    static Path defaultDir() {
        return Path.of(System.getProperty("user.home"), ".litmine", "models");
    }

    static ModelChoice resolve(Path explicit, boolean none) throws UsageException {
        if (none) {
            if (explicit != null) {
                throw new UsageException("--model and --no-model exclude each other");
            }
            return ModelChoice.NONE;
        }
        if (explicit != null) {
            if (!holdsAny(explicit)) {
                throw new UsageException("--model " + explicit + " holds no " + MentionModel.fileName(EntityType.GENE)
                        + " or " + MentionModel.fileName(EntityType.DRUG) + " (see litmine model train-genes)");
            }
            return ModelChoice.folder(explicit);
        }
        Path home = defaultDir();
        return holdsAny(home) ? ModelChoice.folder(home) : ModelChoice.BUILT_IN;
    }

    private static boolean holdsAny(Path dir) {
        return MentionModel.existsIn(dir, EntityType.GENE) || MentionModel.existsIn(dir, EntityType.DRUG);
    }
}
