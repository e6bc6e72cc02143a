package io.litmine.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The claim annotator's sentence-length limit is set from the command line, and what it skips is counted. */
@Tag("slow")
class SentenceLimitOptionTest {
    private static final Path PAPER = Path.of("..", "samples", "papers", "cdk-immune-review.md");

    @TempDir
    Path dir;

    @Test
    void sentencesOverTheLimitGetNoClaimsAndAreCounted() {
        CliRun strict = CliRun.of("ingest", PAPER.toString(), "--index", dir.resolve("strict").toString(),
                "--max-sentence-tokens", "5");
        assertThat(strict.exitCode()).as(strict.err()).isZero();
        assertThat(strict.out()).contains("0 claims").containsPattern("\\d+ over-long sentence\\(s\\) skipped");

        CliRun usual = CliRun.of("ingest", PAPER.toString(), "--index", dir.resolve("usual").toString());
        assertThat(usual.out()).doesNotContain("over-long").doesNotContain(" 0 claims");

        CliRun bad = CliRun.of("ingest", PAPER.toString(), "--index", dir.resolve("bad").toString(), "--max-sentence-tokens", "0");
        assertThat(bad.exitCode()).isEqualTo(LitmineCli.USAGE);
    }
}
