package io.litmine.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled sample corpus (PDF, HTML, Markdown) plus a corrupt PDF and an empty file, through the
 * real command line: Tika, CoreNLP, the Beam DirectRunner and a Lucene index on disk.
 */
@Tag("slow")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IngestSearchExportEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLES = Path.of("..", "samples", "papers");

    @TempDir
    static Path dir;
    static Path inputs;
    static Path index;
    static CliRun ingest;

    @BeforeAll
    static void ingestSamplesWithTwoBadFiles() throws IOException {
        inputs = Files.createDirectories(dir.resolve("in"));
        try (var files = Files.list(SAMPLES)) {
            for (Path f : files.toList()) {
                Files.copy(f, inputs.resolve(f.getFileName()));
            }
        }
        Files.write(inputs.resolve("corrupt.pdf"),
                "%PDF-1.4\n1 0 obj << garbage \u0000\u0001 trailer".getBytes(StandardCharsets.ISO_8859_1));
        Files.createFile(inputs.resolve("empty.txt"));
        index = dir.resolve("index");
        ingest = CliRun.of("ingest", inputs.toString(), "--index", index.toString());
    }

    @Test
    @Order(1)
    void theIndexKeepsTheLexiconItWasBuiltWith() throws IOException {
        assertThat(Files.readString(index.resolve("lexicon").resolve("genes.tsv"))).contains("ERBB2\tHGNC:3430");
        assertThat(Files.readString(index.resolve("lexicon").resolve("drugs.tsv"))).contains("trastuzumab\tDrugBank:DB00072");
    }

    @Test
    @Order(1)
    void goodPapersAreIndexedAndBadOnesListedWithAReason() throws IOException {
        assertThat(ingest.exitCode()).isEqualTo(LitmineCli.SOME_FAILED);
        assertThat(ingest.out()).contains("5 file(s): 3 paper(s) indexed", "2 failed", "54 claims", "39 citations (3 unresolved)");
        assertThat(ingest.err()).contains("failed: " + inputs.resolve("corrupt.pdf").toAbsolutePath() + ": not a readable PDF")
                .contains("failed: " + inputs.resolve("empty.txt").toAbsolutePath() + ": empty file")
                .doesNotContain("Exception").doesNotContain("\tat ");

        List<String> failures = Files.readAllLines(index.resolve("failures.jsonl"));
        assertThat(failures).hasSize(2);
        Map<String, String> reasons = new TreeMap<>();
        for (String line : failures) {
            JsonNode f = JSON.readTree(line);
            reasons.put(Path.of(f.get("source").asText()).getFileName().toString(), f.get("reason").asText());
            assertThat(f.get("stage").asText()).isEqualTo("extract");
        }
        assertThat(reasons).containsOnlyKeys("corrupt.pdf", "empty.txt");
        assertThat(reasons.get("empty.txt")).isEqualTo("empty file");
        assertThat(reasons.get("corrupt.pdf")).startsWith("not a readable PDF:");
    }

    @Test
    @Order(2)
    void papersListsEachPaperWithItsCounts() {
        CliRun papers = CliRun.of("papers", "--index", index.toString());
        assertThat(papers.exitCode()).isZero();
        assertThat(papers.out()).contains("3 paper(s)")
                .contains("Mechanisms of Trastuzumab Resistance in HER2-Positive Breast Cancer")
                .contains("PI3K/AKT/mTOR Signalling and PTEN Loss in Resistance to HER2-Targeted Therapy")
                .contains("Cell-Cycle and Immune Mechanisms of Resistance to HER2-Targeted Therapy")
                .contains("1 [10]").contains("1 [11]").contains("1 [12]");
    }

    @Test
    @Order(3)
    void searchRanksThePtenClaimsFirstWithTheirCitations() throws IOException {
        CliRun search = CliRun.of("search", "PTEN PI3K", "--index", index.toString(), "--format", "json", "--limit", "3",
                "--claims-only");
        assertThat(search.exitCode()).isZero();
        JsonNode body = JSON.readTree(search.out());
        assertThat(body.get("total").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(body.get("hits")).hasSize(3);
        for (JsonNode hit : body.get("hits")) {
            assertThat(hit.get("sentence").asText()).contains("PTEN");
            assertThat(hit.get("highlight").asText()).contains("<mark>");
        }
        JsonNode top = body.get("hits").get(0);
        assertThat(top.get("sentence").asText()).contains("PTEN").contains("PI3K");
        // Equal scores come in reading order (source, then offset): the ranking is exact.
        List<String> ranked = new ArrayList<>();
        body.get("hits").forEach(h -> ranked.add(h.get("relation").asText() + " " + h.get("sentence").asText()));
        // The claim whose subject and object are the query's entities comes first: "PTEN … opposes PI3K
        // signalling" (PTEN INHIBITS PI3K, the object named exactly); "Loss of PTEN activates PI3K/AKT" is in the top 3.
        assertThat(ranked.get(0)).isEqualTo("INHIBITS PTEN dephosphorylates PIP3 and thereby opposes PI3K signalling.");
        assertThat(body.get("hits").get(0).get("objectId").asText()).isEqualTo("PI3K");
        JsonNode activates = null;
        for (JsonNode hit : body.get("hits")) {
            if (hit.get("sentence").asText().startsWith("Loss of PTEN activates PI3K/AKT signalling and confers resistance to trastuzumab")
                    && hit.get("relation").asText().equals("ACTIVATES")) {
                activates = hit;
            }
        }
        assertThat(activates).as("the PTEN → PI3K/AKT claim in the top 3").isNotNull();
        assertThat(activates.get("subjectId").asText()).isEqualTo("PTEN");
        assertThat(activates.get("citations")).hasSize(1);
        assertThat(activates.get("citations").get(0).get("reference").asText()).startsWith("Nagata Y");

        CliRun text = CliRun.of("search", "PTEN PI3K", "--index", index.toString(), "--limit", "3");
        assertThat(text.out()).contains("Loss of PTEN activates PI3K/AKT signalling").contains("PTEN ACTIVATES")
                .contains("[6] Nagata Y");
    }

    @Test
    @Order(3)
    void everySentenceIsSearchableAndEachIsOneHitWithItsClaims() throws IOException {
        // The immune review speaks of antibody-dependent cellular cytotoxicity in sentences some of which make no claim.
        JsonNode adcc = JSON.readTree(CliRun.of("search", "cytotoxicity", "--index", index.toString(), "--format", "json",
                "--limit", "100").out());
        assertThat(adcc.get("unit").asText()).isEqualTo("sentence");
        assertThat(adcc.get("hits")).anySatisfy(h -> assertThat(h.get("claimCount").asInt()).isZero());

        JsonNode sentences = JSON.readTree(CliRun.of("search", "PTEN PI3K", "--index", index.toString(), "--format", "json",
                "--limit", "1000").out());
        JsonNode claims = JSON.readTree(CliRun.of("search", "PTEN PI3K", "--index", index.toString(), "--format", "json",
                "--limit", "1000", "--claims-only").out());
        List<String> ids = new ArrayList<>();
        int attached = 0;
        for (JsonNode hit : sentences.get("hits")) {
            ids.add(hit.get("sentenceId").asText());
            attached += hit.get("claims").size();
            assertThat(hit.get("claims").size()).isEqualTo(hit.get("claimCount").asInt());
        }
        assertThat(ids).doesNotHaveDuplicates();
        // Every claim hit is attached to its one sentence hit; sentences without claims are hits too.
        assertThat(attached).isEqualTo(claims.get("total").asInt());
        assertThat(sentences.get("total").asInt()).isEqualTo(ids.size());
    }

    @Test
    @Order(4)
    void claimExportsRoundTripAsCsvAndJsonLines() throws IOException {
        Path csv = dir.resolve("claims.csv");
        Path jsonl = dir.resolve("claims.jsonl");
        assertThat(CliRun.of("export", "--index", index.toString(), "--what", "claims", "--format", "csv", "--out", csv.toString()).exitCode()).isZero();
        assertThat(CliRun.of("export", "--index", index.toString(), "--what", "claims", "--format", "jsonl", "--out", jsonl.toString()).exitCode()).isZero();

        List<String> lines = Files.readAllLines(jsonl);
        assertThat(lines).hasSize(54);
        JsonNode first = JSON.readTree(lines.get(0));
        List<String> keys = new ArrayList<>();
        first.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("claimId", "paperId", "section", "sentence", "start", "end", "subject",
                "subjectId", "relation", "object", "objectId", "negated", "hedged", "evidence", "mechanism", "genes",
                "drugs", "citations", "unresolved", "citationCheck", "subjectState", "objectState", "netRelation",
                "paperTitle", "year", "firstAuthor", "doi", "source");
        assertThat(first.get("source").asText()).startsWith(inputs.toAbsolutePath().toString());
        assertThat(first.get("paperTitle").asText()).isNotBlank();

        try (Reader in = Files.newBufferedReader(csv);
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            List<CSVRecord> rows = parser.getRecords();
            assertThat(rows).hasSize(54);
            for (int i = 0; i < rows.size(); i++) {
                JsonNode claim = JSON.readTree(lines.get(i));
                assertThat(rows.get(i).get("claimId")).isEqualTo(claim.get("claimId").asText());
                assertThat(rows.get(i).get("sentence")).isEqualTo(claim.get("sentence").asText());
                assertThat(JSON.readTree(rows.get(i).get("references"))).isEqualTo(claim.get("citations"));
                assertThat(rows.get(i).get("paperTitle")).isEqualTo(claim.get("paperTitle").asText());
            }
        }
    }

    @Test
    @Order(4)
    void claimTablesForSpreadsheetsAndOneRowPerCitation() throws IOException {
        Path csv = dir.resolve("per-citation.csv");
        CliRun export = CliRun.of("export", "--index", index.toString(), "--what", "claims", "--format", "csv",
                "--per-citation", "--excel", "--out", csv.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();

        byte[] bytes = Files.readAllBytes(csv);
        assertThat(java.util.Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        int rows = 0;
        int expected = 0;
        try (Reader in = new java.io.StringReader(new String(bytes, java.nio.charset.StandardCharsets.UTF_8).substring(1));
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            for (CSVRecord row : parser.getRecords()) {
                rows++;
                assertThat(JSON.readTree(row.get("references")).size()).isLessThanOrEqualTo(1);
            }
        }
        CliRun jsonl = CliRun.of("export", "--index", index.toString(), "--what", "claims", "--format", "jsonl");
        for (String line : jsonl.out().lines().toList()) {
            expected += Math.max(1, JSON.readTree(line).get("citations").size());
        }
        assertThat(rows).isEqualTo(expected).isGreaterThan(54);

        // Created as any file the user makes there (0666 less the umask), not private to the owner.
        Path probe = Files.createFile(dir.resolve("probe"));
        assertThat(Files.getPosixFilePermissions(csv)).isEqualTo(Files.getPosixFilePermissions(probe));

        CliRun misuse = CliRun.of("export", "--index", index.toString(), "--what", "papers", "--format", "jsonl", "--excel");
        assertThat(misuse.exitCode()).isEqualTo(LitmineCli.USAGE);
        assertThat(misuse.err().strip()).startsWith("litmine export: --excel applies to --what claims only").doesNotContain("\n");
    }

    @Test
    @Order(5)
    void paperExportCarriesReferencesAndResolvedCallouts() throws IOException {
        Path papers = dir.resolve("papers.jsonl");
        assertThat(CliRun.of("export", "--index", index.toString(), "--what", "papers", "--format", "jsonl", "--out", papers.toString()).exitCode()).isZero();
        List<String> lines = Files.readAllLines(papers);
        assertThat(lines).hasSize(3);
        int callouts = 0;
        for (String line : lines) {
            JsonNode paper = JSON.readTree(line);
            assertThat(paper.get("references")).hasSize(8);
            for (JsonNode c : paper.get("citations")) {
                callouts++;
                for (JsonNode index : c.get("resolved")) {
                    assertThat(index.asInt()).isBetween(1, 8);
                }
            }
        }
        assertThat(callouts).isEqualTo(39);
    }

    @Test
    @Order(6)
    void reIngestingUnchangedFilesChangesNothing() {
        CliRun again = CliRun.of("ingest", inputs.toString(), "--index", index.toString());
        assertThat(again.exitCode()).isEqualTo(LitmineCli.SOME_FAILED);
        assertThat(again.out()).contains("0 paper(s) indexed", "3 unchanged", "2 failed");
        assertThat(CliRun.of("papers", "--index", index.toString()).out()).contains("3 paper(s)");
    }

    @Test
    @Order(7)
    void userMistakesAreOneLineAndExitTwo() {
        CliRun badQuery = CliRun.of("search", "AND (", "--index", index.toString());
        assertThat(badQuery.exitCode()).isEqualTo(LitmineCli.USAGE);
        assertThat(badQuery.err().strip()).startsWith("litmine search: cannot parse query").doesNotContain("\n");

        CliRun noIndex = CliRun.of("search", "PTEN", "--index", dir.resolve("nowhere").toString());
        assertThat(noIndex.exitCode()).isEqualTo(LitmineCli.USAGE);
        assertThat(noIndex.err().strip()).startsWith("litmine search: no litmine index at").doesNotContain("\n");

        CliRun noInput = CliRun.of("ingest", dir.resolve("missing").toString(), "--index", index.toString());
        assertThat(noInput.exitCode()).isEqualTo(LitmineCli.USAGE);
        assertThat(noInput.err().strip()).startsWith("litmine ingest: no such file or folder");
    }
}
