package io.litmine.pipeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.litmine.annotators.model.MentionModel;
import io.litmine.annotators.model.ModelChoice;
import io.litmine.corpus.model.EntityType;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelSnapshotTest {

    private static final String GENES = MentionModel.fileName(EntityType.GENE);
    private static final String CHEMICALS = MentionModel.fileName(EntityType.DRUG);

    @TempDir
    Path dir;

    @Test
    void theIndexKeepsTheModelsItUsedAndDropsAModelOfTheEarlierFormat() throws Exception {
        Path source = Files.createDirectories(dir.resolve("models"));
        Files.writeString(source.resolve(GENES), "weights");
        Path target = Files.createDirectories(dir.resolve("index").resolve("model"));
        Files.writeString(target.resolve(ModelSnapshot.LEGACY_FILE_NAME), "old");

        // A folder with a gene model only: the chemical model used is the shipped one, and that is what is kept.
        ModelSnapshot.write(ModelChoice.folder(source), target);
        try (var files = Files.list(target)) {
            assertThat(files).containsExactlyInAnyOrder(target.resolve(GENES), target.resolve(CHEMICALS));
        }
        assertThat(Files.readString(target.resolve(GENES))).isEqualTo("weights");
        try (InputStream shipped = MentionModel.openBuiltIn(EntityType.DRUG)) {
            assertThat(Files.readAllBytes(target.resolve(CHEMICALS))).isEqualTo(shipped.readAllBytes());
        }

        ModelSnapshot.write(ModelChoice.NONE, target);
        assertThat(target).doesNotExist();
    }
}
