package io.litmine.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.litmine.corpus.model.AnnotatedPaper;
import io.litmine.index.search.EvidenceSearcher;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A folder of 220 malformed files (truncated, bit-flipped, random bytes, wrong extensions, empty,
 * too large, nested archives, XXE) mixed with good papers, through the real command line: every good
 * paper is indexed, every file that cannot be a paper is in failures.jsonl with a one-line reason,
 * no file is lost (each is indexed or listed), nothing hangs and nothing crashes.
 */
@Tag("slow")
class MalformedBatchTest {
    private static final Logger LOG = LoggerFactory.getLogger(MalformedBatchTest.class);
    private static final Path SAMPLES = Path.of("..", "samples", "papers");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final Random random = new Random(20261129L);
    /** Files that cannot be papers: each must be listed as failed. */
    private final Set<Path> mustFail = new HashSet<>();
    /** Damaged files a lenient parser may still read (a flipped bit in a font stream): indexed or failed. */
    private final Set<Path> mayFail = new HashSet<>();
    private final Set<Path> good = new HashSet<>();

    @Test
    void goodPapersAreIndexedAndEveryBadFileIsListed() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        byte[] pdf = Files.readAllBytes(SAMPLES.resolve("her2-resistance-review.pdf"));
        byte[] md = Files.readAllBytes(SAMPLES.resolve("cdk-immune-review.md"));
        byte[] html = Files.readAllBytes(SAMPLES.resolve("pi3k-pten-review.html"));
        addGood(in, pdf, md, html);
        for (int i = 0; i < 10; i++) {
            mustFail.add(write(in, "empty-" + i + ".pdf", new byte[0]));
            mustFail.add(write(in, "blank-" + i + ".md", " \n\t\n ".repeat(i + 1).getBytes(StandardCharsets.UTF_8)));
        }
        String[] extensions = {".pdf", ".docx", ".html", ".md", ".xml", ".txt", ".doc", ".bin"};
        for (int i = 0; i < 40; i++) {
            byte[] noise = new byte[512 + random.nextInt(8192)];
            random.nextBytes(noise);
            noise[0] = (byte) 0x9c; // never a text or format signature
            mustFail.add(write(in, "random-" + i + extensions[i % extensions.length], noise));
        }
        for (int i = 0; i < 40; i++) {
            int cut = Math.max(16, pdf.length * (i + 1) / 50); // 2% .. 80% of the file
            mayFail.add(write(in, "truncated-" + i + ".pdf", java.util.Arrays.copyOf(pdf, cut)));
        }
        for (int i = 0; i < 40; i++) {
            byte[] flipped = pdf.clone();
            for (int f = 0; f <= i; f++) {
                int at = random.nextInt(flipped.length);
                flipped[at] ^= (byte) (1 << random.nextInt(8));
            }
            mayFail.add(write(in, "bitflip-" + i + ".pdf", flipped));
        }
        for (int i = 0; i < 20; i++) {
            mustFail.add(write(in, "image-" + i + (i % 2 == 0 ? ".pdf" : ".docx"), png(i)));
        }
        for (int i = 0; i < 20; i++) {
            mustFail.add(write(in, "nested-" + i + ".zip", nestedZip(md, i)));
        }
        byte[] huge = new byte[2 * 1024 * 1024 + 1];
        java.util.Arrays.fill(huge, (byte) 'a');
        for (int i = 0; i < 20; i++) {
            huge[i] = (byte) ('b' + i % 20); // distinct bytes, distinct files
            mustFail.add(write(in, "huge-" + i + ".txt", huge));
        }
        for (int i = 0; i < 20; i++) {
            String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE article [<!ENTITY x" + i + " SYSTEM \"file:///etc/passwd\">]>\n"
                    + "<article><body><p>HER2 &x" + i + ";</p></body></article>";
            mustFail.add(write(in, "xxe-" + i + ".xml", xxe.getBytes(StandardCharsets.UTF_8)));
        }
        int malformed = mustFail.size() + mayFail.size();
        assertThat(malformed).isGreaterThanOrEqualTo(200);

        Path index = dir.resolve("index");
        long started = System.nanoTime();
        CliRun run = CliRun.of("ingest", in.toString(), "--index", index.toString(), "--max-file-mb", "1",
                "--file-timeout", "30");
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        LOG.info("{} good + {} malformed files ingested in {} s: {}", good.size(), malformed, seconds, run.out().strip());

        assertThat(run.exitCode()).isEqualTo(LitmineCli.SOME_FAILED);
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception in thread");

        Map<String, String> failed = new HashMap<>();
        for (String line : Files.readAllLines(index.resolve("failures.jsonl"))) {
            JsonNode f = JSON.readTree(line);
            failed.put(f.get("source").asText(), f.get("reason").asText());
            assertThat(f.get("reason").asText()).isNotBlank().doesNotContain("\n");
        }
        Set<String> indexed = new HashSet<>();
        try (EvidenceSearcher searcher = EvidenceSearcher.open(index.resolve("lucene"))) {
            for (AnnotatedPaper p : searcher.papers()) {
                indexed.add(p.paper().source());
            }
            // A damaged copy that still reads as the good file's text is the same work: one of the two is
            // the paper, the other its alias. Either way the file is in the index, not lost.
            searcher.aliases().values().forEach(alias -> indexed.add(alias.getKey()));
        }
        for (Path g : good) {
            assertThat(indexed).as("good paper %s indexed", g.getFileName()).contains(g.toString());
        }
        for (Path bad : mustFail) {
            assertThat(failed).as("%s listed as failed", bad.getFileName()).containsKey(bad.toString());
        }
        List<Path> all = new ArrayList<>(good);
        all.addAll(mustFail);
        all.addAll(mayFail);
        for (Path file : all) {
            assertThat(indexed.contains(file.toString()) ^ failed.containsKey(file.toString()))
                    .as("%s is either indexed or failed, once", file.getFileName()).isTrue();
        }
        long damagedRead = mayFail.stream().filter(p -> indexed.contains(p.toString())).count();
        LOG.info("{} failures listed; {} of {} damaged PDFs were still readable and indexed", failed.size(), damagedRead,
                mayFail.size());
    }

    private void addGood(Path in, byte[] pdf, byte[] md, byte[] html) throws IOException {
        good.add(write(in, "good.pdf", pdf));
        good.add(write(in, "good.html", html));
        for (int i = 0; i < 6; i++) {
            String text = new String(md, StandardCharsets.UTF_8).replaceFirst("\n", "\n\nCopy " + i + " of the sample.\n");
            good.add(write(in, "good-" + i + ".md", text.getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static Path write(Path dir, String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes).toAbsolutePath().normalize();
    }

    private static byte[] png(int seed) throws IOException {
        BufferedImage image = new BufferedImage(32 + seed, 32, BufferedImage.TYPE_INT_RGB);
        image.setRGB(seed, seed % 32, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** A zip holding a zip holding a paper: archives are not papers, however deep. */
    private static byte[] nestedZip(byte[] paper, int seed) throws IOException {
        byte[] inner = zip("paper-" + seed + ".md", paper);
        return zip("inner-" + seed + ".zip", inner);
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry(name));
            out.write(content);
            out.closeEntry();
        }
        return bytes.toByteArray();
    }
}
