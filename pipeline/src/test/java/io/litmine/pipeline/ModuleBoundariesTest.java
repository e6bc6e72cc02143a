package io.litmine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The index module owns Lucene: no source of the pipeline module imports it (it asks {@code index} instead). */
class ModuleBoundariesTest {

    @Test
    void noPipelineSourceImportsLucene() throws IOException {
        Path sources = Path.of("src", "main", "java");
        assertThat(sources).isDirectory();
        List<String> offenders;
        try (Stream<Path> files = Files.walk(sources)) {
            offenders = files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    return Files.readAllLines(f).stream().anyMatch(l -> l.startsWith("import org.apache.lucene."));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(Path::toString).toList();
        }
        assertThat(offenders).isEmpty();
    }
}
