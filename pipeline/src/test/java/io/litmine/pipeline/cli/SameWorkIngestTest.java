package io.litmine.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: the seed review as .md and as .pdf is one work, indexed once with the other file as its
 * alias, whichever comes first; support then counts it once. Skipped without {@code ../shared}.
 */
class SameWorkIngestTest {

    private static final Path SEEDS = Path.of("..", "..", "shared", "seeds");

    @TempDir
    Path dir;

    @Test
    void theSeedAsMarkdownAndAsPdfIsOnePaperWithOneAlias() throws Exception {
        Path md = SEEDS.resolve("trastuzumab-resistance-review.md");
        Path pdf = SEEDS.resolve("trastuzumab-resistance-review.pdf");
        assumeTrue(Files.isRegularFile(md) && Files.isRegularFile(pdf),
                "skipped: the seed review (.md and .pdf) is not under " + SEEDS.toAbsolutePath().normalize());
        Path first = Files.createDirectories(dir.resolve("first"));
        Path second = Files.createDirectories(dir.resolve("second"));
        Files.copy(pdf, first.resolve(pdf.getFileName()));
        Files.copy(md, second.resolve(md.getFileName()));
        String index = dir.resolve("index").toString();

        // The PDF first; the Markdown file, the richer copy, then replaces it and the PDF becomes its alias.
        assertThat(CliRun.of("ingest", first.toString(), "--index", index).out()).contains("1 paper(s) indexed");
        CliRun later = CliRun.of("ingest", second.toString(), "--index", index);
        assertThat(later.exitCode()).as(later.err()).isZero();
        assertThat(later.out()).contains("1 kept as alias(es)");
        CliRun papers = CliRun.of("papers", "--index", index);
        assertThat(papers.out()).contains("1 paper(s), 1 alias file(s) of the same works",
                second.resolve(md.getFileName()).toAbsolutePath().toString(),
                "also: " + first.resolve(pdf.getFileName()).toAbsolutePath());
        // Both files are known now: nothing to do on either.
        assertThat(CliRun.of("ingest", first.toString(), "--index", index).out()).contains("0 paper(s) indexed", "1 unchanged");
        assertThat(CliRun.of("ingest", second.toString(), "--index", index).out()).contains("0 paper(s) indexed", "1 unchanged");
        // One paper supports each claim: every hit comes from the one paper kept.
        CliRun search = CliRun.of("search", "PTEN", "--index", index, "--format", "json");
        java.util.Set<String> papersHit = new java.util.HashSet<>();
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(search.out()).get("hits")
                .forEach(h -> papersHit.add(h.get("paperId").asText()));
        assertThat(papersHit).hasSize(1);
    }
}
