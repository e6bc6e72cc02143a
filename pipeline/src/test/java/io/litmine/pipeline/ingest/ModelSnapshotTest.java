package io.litmine.pipeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.litmine.annotators.gene.model.GeneModel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelSnapshotTest {

    @TempDir
    Path dir;

    @Test
    void theIndexKeepsTheModelItUsedAndDropsAModelOfTheEarlierFormat() throws Exception {
        Path source = Files.createDirectories(dir.resolve("models"));
        Files.writeString(source.resolve(GeneModel.FILE_NAME), "weights");
        Path target = Files.createDirectories(dir.resolve("index").resolve("model"));
        Files.writeString(target.resolve(ModelSnapshot.LEGACY_FILE_NAME), "old");

        ModelSnapshot.write(source, target);
        try (var files = Files.list(target)) {
            assertThat(files).containsExactly(target.resolve(GeneModel.FILE_NAME));
        }
        assertThat(Files.readString(target.resolve(GeneModel.FILE_NAME))).isEqualTo("weights");

        ModelSnapshot.write(null, target);
        assertThat(target).doesNotExist();
    }
}
