package io.litmine.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each extraction limit given on the command line reaches the extraction in the pipeline: a text over
 * {@code --max-text-chars}, a file over {@code --max-file-mb}, are listed as failed with their reason;
 * with the defaults the same files are indexed.
 */
@Tag("slow")
class ExtractionLimitOptionsTest {

    @TempDir
    Path dir;

    @Test
    void theTextAndFileLimitsOfTheCommandLineReachExtraction() throws Exception {
        Path papers = Files.createDirectories(dir.resolve("papers"));
        String sentence = "Loss of PTEN activates PI3K signalling and causes trastuzumab resistance in HER2-positive cells. ";
        Files.writeString(papers.resolve("long.txt"), "A long review\n\n" + sentence.repeat(60));

        CliRun strict = CliRun.of("ingest", papers.toString(), "--index", dir.resolve("strict").toString(), "--max-text-chars", "1000");
        assertThat(strict.exitCode()).as(strict.err()).isNotZero();
        assertThat(strict.out()).contains("0 paper(s) indexed").contains("1 failed");
        assertThat(Files.readString(dir.resolve("strict/failures.jsonl"))).contains("the text exceeds 1000 characters");

        Files.write(papers.resolve("big.txt"), new byte[1024 * 1024 + 10]);
        CliRun small = CliRun.of("ingest", papers.resolve("big.txt").toString(), "--index", dir.resolve("small").toString(),
                "--max-file-mb", "1");
        assertThat(small.exitCode()).isNotZero();
        assertThat(Files.readString(dir.resolve("small/failures.jsonl"))).contains("1 MB");
        Files.delete(papers.resolve("big.txt"));

        CliRun usual = CliRun.of("ingest", papers.toString(), "--index", dir.resolve("usual").toString());
        assertThat(usual.exitCode()).as(usual.err()).isZero();
        assertThat(usual.out()).contains("1 paper(s) indexed").contains("0 failed");
        assertThat(CliRun.of("ingest", papers.toString(), "--index", dir.resolve("bad").toString(), "--max-text-chars", "0")
                .exitCode()).isEqualTo(LitmineCli.USAGE);
    }
}
