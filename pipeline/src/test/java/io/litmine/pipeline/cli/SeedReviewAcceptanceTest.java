package io.litmine.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The seed review through ingest → export → search, scored against the hand-labelled gold in
 * {@code ../shared/gold/seed}. Skipped, with a message, when {@code ../shared} is not beside the repo.
 */
@Tag("slow")
class SeedReviewAcceptanceTest {
    private static final Logger LOG = LoggerFactory.getLogger(SeedReviewAcceptanceTest.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SHARED = Path.of("..", "..", "shared");
    private static final Path SEED = SHARED.resolve("seeds/trastuzumab-resistance-review.md");
    private static final Path GOLD_CITATIONS = SHARED.resolve("gold/seed/citations.jsonl");
    /** Floors only go up: measured 45 of 45 callouts linked exactly right. */
    private static final int CALLOUTS_LINKED_FLOOR = 45;

    @TempDir
    static Path dir;
    static Path index;
    static JsonNode paper;

    @BeforeAll
    static void ingestTheSeed() throws IOException {
        assumeTrue(Files.isRegularFile(SEED) && Files.isRegularFile(GOLD_CITATIONS),
                "../shared is absent (no " + SEED + "): skipping the seed-review acceptance test");
        index = dir.resolve("index");
        CliRun ingest = CliRun.of("ingest", SEED.toString(), "--index", index.toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        Path papers = dir.resolve("papers.jsonl");
        assertThat(CliRun.of("export", "--index", index.toString(), "--what", "papers", "--format", "jsonl",
                "--out", papers.toString()).exitCode()).isZero();
        List<String> lines = Files.readAllLines(papers);
        assertThat(lines).hasSize(1);
        paper = JSON.readTree(lines.get(0));
    }

    @Test
    void all53ReferencesAreParsedInOrder() {
        JsonNode refs = paper.get("references");
        assertThat(refs).hasSize(53);
        for (int i = 0; i < 53; i++) {
            assertThat(refs.get(i).get("label").asText()).isEqualTo(String.valueOf(i + 1));
            assertThat(refs.get(i).get("index").asInt()).isEqualTo(i + 1);
        }
        assertThat(refs.get(0).get("year").asInt()).isEqualTo(2020);
        assertThat(refs.get(0).get("issue").asText()).isEqualTo("7");
    }

    @Test
    void bodyCalloutsLinkToTheRightReferences() throws IOException {
        List<JsonNode> predicted = new ArrayList<>();
        paper.get("citations").forEach(predicted::add);
        List<JsonNode> gold = new ArrayList<>();
        for (String line : Files.readAllLines(GOLD_CITATIONS)) {
            gold.add(JSON.readTree(line));
        }
        int linked = 0;
        for (JsonNode g : gold) {
            JsonNode match = bestMatch(g, predicted);
            if (match != null && ints(match.get("resolved")).equals(expectedResolved(g))
                    && strings(match.get("unresolved")).equals(ints(g.get("dangling")).stream().map(String::valueOf).toList())) {
                linked++;
                predicted.remove(match);
            }
        }
        LOG.info("seed: {} of {} gold callouts linked exactly right; {} predicted callouts in all",
                linked, gold.size(), paper.get("citations").size());
        assertThat(linked).isGreaterThanOrEqualTo(CALLOUTS_LINKED_FLOOR);
        assertThat(paper.get("citations")).hasSize(gold.size());
    }

    @Test
    void noCalloutComesFromTheReferenceList() {
        int referencesStart = -1;
        for (JsonNode section : paper.get("sections")) {
            if (section.get("heading").asText().equalsIgnoreCase("REFERENCES")) {
                referencesStart = section.get("start").asInt();
            }
        }
        assertThat(referencesStart).isPositive();
        for (JsonNode c : paper.get("citations")) {
            assertThat(c.get("end").asInt()).isLessThanOrEqualTo(referencesStart);
            assertThat(c.get("sentence").asText()).doesNotContainPattern("\\d{4};\\d+\\(");
        }
    }

    @Test
    void searchFindsThePtenSentences() throws IOException {
        CliRun search = CliRun.of("search", "PTEN PI3K", "--index", index.toString(), "--format", "json", "--limit", "5");
        assertThat(search.exitCode()).isZero();
        JsonNode hits = JSON.readTree(search.out()).get("hits");
        assertThat(hits).isNotEmpty();
        List<String> sentences = new ArrayList<>();
        hits.forEach(h -> sentences.add(h.get("sentence").asText()));
        assertThat(sentences.get(0)).contains("PTEN").contains("PI3K");
        assertThat(sentences).anySatisfy(s -> assertThat(s).contains("PTEN deficiency results in constitutive PI3K/Akt activation (28)"));
        assertThat(sentences).anySatisfy(s -> assertThat(s).contains("decreased PTEN protein expression leads to increased PI3K/Akt"));
    }

    /** The gold callout's marker in the predicted citation whose sentence shares it, compared without spaces. */
    private static JsonNode bestMatch(JsonNode gold, List<JsonNode> predicted) {
        String marker = squash(gold.get("marker").asText());
        String sentence = squash(gold.get("sentence").asText());
        for (JsonNode p : predicted) {
            if (squash(p.get("marker").asText()).equals(marker) && similar(squash(p.get("sentence").asText()), sentence)) {
                return p;
            }
        }
        return null;
    }

    private static boolean similar(String a, String b) {
        return a.equals(b) || a.contains(b) || b.contains(a) || a.regionMatches(0, b, 0, Math.min(40, Math.min(a.length(), b.length())));
    }

    private static String squash(String s) {
        return s.replaceAll("[\\s*]", "").replace('–', '-');
    }

    private static List<Integer> expectedResolved(JsonNode gold) {
        List<Integer> labels = new ArrayList<>(ints(gold.get("labels")));
        labels.removeAll(ints(gold.get("dangling")));
        return labels;
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asInt()));
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
