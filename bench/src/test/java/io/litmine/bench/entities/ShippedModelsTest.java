package io.litmine.bench.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.litmine.annotators.model.MentionModel;
import io.litmine.annotators.model.MeshTable;
import io.litmine.corpus.model.EntityType;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The models litmine ships are what {@code bench/train-models} builds from {@code ../shared}: this
 * retrains them (about five minutes, one gradient thread) and requires the very same bytes as the
 * files on the class path. It fails when the features, the lexicon import, the training data or
 * the trainer changed without the shipped files being rebuilt.
 */
@Tag("slow")
class ShippedModelsTest {

    private static final EvaluationData DATA = new EvaluationData(Path.of("..", "..", "shared"));

    @TempDir
    Path out;

    @Test
    void retrainingFromSharedGivesTheShippedBytes() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(DATA.bc2gmTrain()) && Files.isRegularFile(DATA.bc5cdrChemicalTrain())
                        && Files.isRegularFile(DATA.hgnc()) && Files.isRegularFile(DATA.drugbank())
                        && Files.isRegularFile(DATA.bc5cdrTrainingPubtator()),
                "skipped: BC2GM/BC5CDR training data or lexicon sources not found under "
                        + DATA.shared().toAbsolutePath().normalize() + " (../shared is not checked out)");
        TrainShippedModels.train(DATA, out);
        for (String file : List.of(MentionModel.fileName(EntityType.GENE), MentionModel.fileName(EntityType.DRUG),
                MeshTable.FILE_NAME)) {
            try (InputStream shipped = MentionModel.class.getResourceAsStream(MentionModel.BUILT_IN_FOLDER + file)) {
                assertThat(shipped).as("shipped " + file).isNotNull();
                assertThat(Files.readAllBytes(out.resolve(file))).as(file + " retrained from ../shared")
                        .isEqualTo(shipped.readAllBytes());
            }
        }
    }
}
