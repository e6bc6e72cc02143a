package io.litmine.pipeline.cli;

import io.litmine.annotators.gene.model.GeneModel;
import java.nio.file.Path;

/**
 * Which gene model a command uses: {@code --model DIR} when given (it must hold a model), else the
 * one {@code litmine model train-genes} wrote to {@code ~/.litmine/models} when present, else null,
 * meaning dictionary tagging only (exactly the behaviour before models existed).
 */
final class ModelLocation {

    private ModelLocation() {
    }

    static Path defaultDir() {
        return Path.of(System.getProperty("user.home"), ".litmine", "models");
    }

    static Path resolve(Path explicit) throws UsageException {
        if (explicit != null) {
            if (!GeneModel.existsIn(explicit)) {
                throw new UsageException("--model " + explicit + " holds no " + GeneModel.FILE_NAME
                        + " (see litmine model train-genes)");
            }
            return explicit;
        }
        Path home = defaultDir();
        return GeneModel.existsIn(home) ? home : null;
    }
}
