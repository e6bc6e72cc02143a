package io.litmine.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.litmine.corpus.model.Claim;
import io.litmine.index.search.EvidenceSearcher;
import io.litmine.index.search.SearchRequest;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * kill -9 an ingest (a real child JVM running the command line) at moments spread over its run:
 * after every kill the index opens and searches with its last committed state — all papers of a
 * run or none — and the next run completes it with no duplicates.
 */
@Tag("slow")
class CrashSafetyTest {
    private static final Logger LOG = LoggerFactory.getLogger(CrashSafetyTest.class);
    private static final Path SAMPLE = Path.of("..", "samples", "papers", "cdk-immune-review.md");
    private static final int PAPERS = 12;

    @TempDir
    Path dir;

    @Test
    void killedIngestsLeaveTheLastCommitAndRerunsComplete() throws Exception {
        Path inputs = variants(dir.resolve("in"));
        Path index = dir.resolve("index");
        Path lucene = index.resolve("lucene");

        // Kill moments: early (models loading, extraction), when the first shard is being written
        // (mid-pipeline), and as soon as the merge opens the index (mid-merge, or just after its commit).
        List<KillPoint> killPoints = List.of(
                new KillPoint("after 1.5 s", started -> System.nanoTime() - started > 1_500_000_000L),
                new KillPoint("first shard", started -> hasShard(index.resolve("staging"))),
                new KillPoint("merge started", started -> Files.exists(lucene)));
        int killed = 0;
        for (KillPoint point : killPoints) {
            Process ingest = startIngest(inputs, index);
            long started = System.nanoTime();
            while (ingest.isAlive() && !point.reached().test(started)) {
                Thread.sleep(2);
            }
            boolean finished = !ingest.isAlive();
            if (!finished) {
                ingest.destroyForcibly().waitFor(); // SIGKILL: no shutdown hooks, no cleanup
                killed++;
            }
            int papers = assertIndexConsistent(lucene);
            LOG.info("kill at '{}' ({}): {} papers committed", point.name(), finished ? "had finished" : "killed", papers);
            assertThat(papers).isIn(0, PAPERS);
        }
        assertThat(killed).as("at least one run was killed before it finished").isPositive();

        Process last = startIngest(inputs, index);
        assertThat(last.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(assertIndexConsistent(lucene)).isEqualTo(PAPERS);

        Process again = startIngest(inputs, index);
        assertThat(again.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(new String(again.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("0 paper(s) indexed").contains(PAPERS + " unchanged");
        assertThat(assertIndexConsistent(lucene)).isEqualTo(PAPERS);
        assertThat(index.resolve("staging")).isEmptyDirectory();

        // A merge into an index that already has a commit: kill as soon as it writes a new file.
        addVariants(inputs, PAPERS, PAPERS + 4);
        java.util.Set<String> before = files(lucene);
        Process growing = startIngest(inputs, index);
        while (growing.isAlive() && files(lucene).equals(before)) {
            Thread.sleep(1);
        }
        boolean wasKilled = growing.isAlive();
        growing.destroyForcibly().waitFor();
        int afterKill = assertIndexConsistent(lucene);
        LOG.info("kill at 'merge into a committed index' ({}): {} papers committed", wasKilled ? "killed" : "had finished", afterKill);
        assertThat(afterKill).isIn(PAPERS, PAPERS + 4);

        Process complete = startIngest(inputs, index);
        assertThat(complete.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(assertIndexConsistent(lucene)).isEqualTo(PAPERS + 4);
    }

    private static java.util.Set<String> files(Path dir) throws IOException {
        try (var list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet());
        }
    }

    private record KillPoint(String name, java.util.function.LongPredicate reached) {
    }

    private static boolean hasShard(Path staging) {
        try (var runs = Files.list(staging)) {
            for (Path run : runs.toList()) {
                try (var shards = Files.list(run)) {
                    if (shards.anyMatch(p -> p.getFileName().toString().startsWith("shard-"))) {
                        return true;
                    }
                }
            }
            return false;
        } catch (IOException e) {
            return false; // not there yet, or removed by the run itself
        }
    }

    /** Opens the index as a reader would, searches it, and checks there is one version of everything. */
    private static int assertIndexConsistent(Path lucene) throws IOException {
        try (FSDirectory directory = FSDirectory.open(lucene)) {
            if (!Files.isDirectory(lucene) || !DirectoryReader.indexExists(directory)) {
                return 0;
            }
        }
        try (EvidenceSearcher searcher = EvidenceSearcher.open(lucene)) {
            int papers = searcher.paperCount();
            List<Claim> claims = searcher.claims(null);
            assertThat(claims.stream().map(Claim::claimId).distinct().count()).isEqualTo(claims.size());
            assertThat(searcher.papers().stream().map(p -> p.paper().source()).distinct().count()).isEqualTo(papers);
            if (papers > 0) {
                assertThat(searcher.search(SearchRequest.of("CDK4")).total()).isPositive();
            }
            return papers;
        } catch (io.litmine.index.search.QuerySyntaxException e) {
            throw new AssertionError(e);
        }
    }

    private Process startIngest(Path inputs, Path index) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-cp", System.getProperty("java.class.path"),
                LitmineCli.class.getName(), "ingest", inputs.toString(), "--index", index.toString()));
        return new ProcessBuilder(command)
                .redirectError(dir.resolve("ingest.err").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
    }

    /** Distinct papers (distinct bytes, so distinct ids) from the bundled Markdown sample. */
    private static Path variants(Path folder) throws IOException {
        Files.createDirectories(folder);
        addVariants(folder, 0, PAPERS);
        return folder;
    }

    private static void addVariants(Path folder, int from, int to) throws IOException {
        String text = Files.readString(SAMPLE, StandardCharsets.UTF_8);
        for (int i = from; i < to; i++) {
            Files.writeString(folder.resolve("variant-" + i + ".md"),
                    text.replaceFirst("\n", "\n\nVariant " + i + " of the sample review.\n"), StandardCharsets.UTF_8);
        }
    }
}
