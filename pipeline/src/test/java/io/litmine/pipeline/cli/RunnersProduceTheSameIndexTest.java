package io.litmine.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same ingest on Flink's embedded local cluster and on Spark in local mode builds the same
 * index as on the DirectRunner: same papers, same claims, byte for byte in the exports.
 */
@Tag("slow")
class RunnersProduceTheSameIndexTest {
    private static final Path SAMPLES = Path.of("..", "samples", "papers");

    @TempDir
    static Path dir;
    static List<String> directPapers;
    static List<String> directClaims;

    @BeforeAll
    static void ingestOnTheDirectRunner() throws IOException {
        directPapers = exportAfterIngest("DirectRunner", "papers");
        directClaims = exportAfterIngest("DirectRunner", "claims");
        assertThat(directPapers).hasSize(3);
        assertThat(directClaims).isNotEmpty();
    }

    @Test
    void flinkEmbeddedClusterBuildsTheSameIndex() throws IOException {
        assertThat(exportAfterIngest("FlinkRunner", "papers")).isEqualTo(directPapers);
        assertThat(exportAfterIngest("FlinkRunner", "claims")).isEqualTo(directClaims);
    }

    @Test
    void sparkLocalModeBuildsTheSameIndex() throws IOException {
        assertThat(exportAfterIngest("SparkRunner", "papers")).isEqualTo(directPapers);
        assertThat(exportAfterIngest("SparkRunner", "claims")).isEqualTo(directClaims);
    }

    /** Ingests the samples once per runner, then exports; lines sorted, as claim order within a sentence is free. */
    private static List<String> exportAfterIngest(String runner, String what) throws IOException {
        Path index = dir.resolve(runner);
        if (!Files.isDirectory(index)) {
            CliRun ingest = CliRun.of("ingest", SAMPLES.toString(), "--index", index.toString(), "--runner", runner);
            assertThat(ingest.exitCode()).as(ingest.err()).isZero();
            assertThat(ingest.out()).contains("3 paper(s) indexed");
        }
        Path out = dir.resolve(runner + "-" + what + ".jsonl");
        CliRun export = CliRun.of("export", "--index", index.toString(), "--what", what, "--format", "jsonl", "--out", out.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        return Files.readAllLines(out).stream().sorted().toList();
    }
}
