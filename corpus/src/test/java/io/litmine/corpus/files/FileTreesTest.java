package io.litmine.corpus.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTreesTest {
    @TempDir
    Path dir;

    @Test
    void deletesATreeAndIgnoresAMissingOne() throws Exception {
        Path root = Files.createDirectories(dir.resolve("a/b/c"));
        Files.writeString(root.resolve("f.txt"), "x");
        Files.writeString(dir.resolve("a/g.txt"), "y");
        FileTrees.delete(dir.resolve("a"));
        assertThat(dir.resolve("a")).doesNotExist();
        FileTrees.delete(dir.resolve("missing"));
        assertThat(dir).isEmptyDirectory();
    }
}
