package io.litmine.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.litmine.corpus.model.AnnotatedPaper;
import io.litmine.corpus.model.ArgumentState;
import io.litmine.corpus.model.Claim;
import io.litmine.corpus.model.Evidence;
import io.litmine.corpus.model.Mechanism;
import io.litmine.corpus.model.Paper;
import io.litmine.corpus.model.Reference;
import io.litmine.corpus.model.Relation;
import io.litmine.corpus.model.Section;
import io.litmine.index.write.IndexMerger;
import io.litmine.index.write.ShardWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * search filters with the real lexicon's synonyms, and the new export kinds, through the real command
 * line over an index written with the real writer (no CoreNLP needed: the papers are built by hand).
 */
class SearchServeExportCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static String index;

    @BeforeAll
    static void writeIndex() throws Exception {
        index = writeIndex(dir);
    }

    /** An index of {@link #paper()} under {@code dir}, through the real shard writer and merge; its path. */
    static String writeIndex(Path dir) throws java.io.IOException {
        Path root = dir.resolve("index");
        Path shard = dir.resolve("shard");
        try (ShardWriter writer = new ShardWriter(shard)) {
            writer.add(paper());
        }
        IndexMerger.merge(root.resolve("lucene"), List.of(shard));
        return root.toString();
    }

    static AnnotatedPaper paper() {
        String s0 = "Trastuzumab fails when neu is amplified (1).";
        String s1 = "PTEN loss activates Akt.";
        String text = "Review\n" + s0 + " " + s1 + "\nReferences\n1. Slamon DJ. Human breast cancer. Science. 1987;235:177-182.";
        int a = 7;
        int b = a + s0.length() + 1;
        int bodyEnd = b + s1.length();
        List<Reference> refs = List.of(new Reference("1", 1, "Slamon DJ. Human breast cancer. Science. 1987;235:177-182.",
                List.of("Slamon DJ"), "Human breast cancer", "Science", 1987, "235", null, "177-182", null, "3798106"));
        Paper paper = new Paper("P1", "corpus/p1.txt", "Review", List.of("Doe J"), 2020, null, text,
                List.of(new Section("Results", a, bodyEnd)), refs, bodyEnd, List.of());
        List<Claim> claims = List.of(
                new Claim("P1-c0", "P1", "Results", s0, a, a + s0.length(), "neu", "ERBB2", Relation.CAUSES_RESISTANCE,
                        "Trastuzumab", "trastuzumab", false, false, Evidence.CLINICAL, Mechanism.HER2_ACCESS,
                        List.of("ERBB2"), List.of("trastuzumab"), List.of(1), List.of(), List.of(), ArgumentState.NONE, ArgumentState.NONE),
                new Claim("P1-c1", "P1", "Results", s1, b, bodyEnd, "PTEN loss", "PTEN", Relation.ACTIVATES, "Akt", "AKT1",
                        false, true, Evidence.UNSPECIFIED, Mechanism.DOWNSTREAM_ACTIVATION, List.of("PTEN", "AKT1"), List.of(),
                        List.of(), List.of(), List.of(), ArgumentState.LOSS, ArgumentState.NONE));
        return new AnnotatedPaper(paper, List.of(), List.of(), List.of(), claims);
    }

    @Test
    void geneFilterAcceptsAnySynonymFromTheBuiltInLexicon() throws Exception {
        for (String name : List.of("HER2", "ErbB2", "neu", "ERBB2")) {
            CliRun run = CliRun.of("search", "--gene", name, "--index", index, "--format", "json");
            assertThat(run.exitCode()).as(run.err()).isZero();
            JsonNode body = JSON.readTree(run.out());
            assertThat(body.get("total").asInt()).as(name).isEqualTo(1);
            assertThat(body.get("hits").get(0).get("claims").get(0).get("claimId").asText()).isEqualTo("P1-c0");
            assertThat(body.get("facets").get("year").get("2020").asInt()).isEqualTo(1);
        }
        CliRun herceptin = CliRun.of("search", "fails", "--drug", "Herceptin", "--hedged", "false", "--index", index);
        assertThat(herceptin.out()).startsWith("1 sentence(s) match").contains("[1] Slamon DJ");
        CliRun mechanism = CliRun.of("search", "--mechanism", "downstream_activation", "--sort", "support", "--index", index);
        assertThat(mechanism.out()).contains("PTEN loss activates Akt.").contains("asserted by 1 paper(s)");
        CliRun field = CliRun.of("search", "gene:HER2 AND mechanism:HER2_ACCESS", "--index", index, "--format", "json");
        assertThat(JSON.readTree(field.out()).get("total").asInt()).isEqualTo(1);
    }

    @Test
    void netRelationAndStateFiltersGoByWhatTheClaimAsserts() throws Exception {
        // P1-c1 "PTEN loss activates Akt": written ACTIVATES, asserted PTEN INHIBITS Akt.
        JsonNode net = JSON.readTree(CliRun.of("search", "--net-relation", "inhibits", "--index", index, "--format", "json", "--claims-only").out());
        assertThat(net.get("total").asInt()).isEqualTo(1);
        JsonNode hit = net.get("hits").get(0);
        assertThat(hit.get("claimId").asText()).isEqualTo("P1-c1");
        assertThat(hit.get("relation").asText()).isEqualTo("ACTIVATES");
        assertThat(hit.get("netRelation").asText()).isEqualTo("INHIBITS");
        assertThat(hit.get("subjectState").asText()).isEqualTo("loss");
        assertThat(hit.get("objectState").isNull()).isTrue();
        assertThat(net.get("facets").get("state").get("loss").asInt()).isEqualTo(1);
        assertThat(JSON.readTree(CliRun.of("search", "--relation", "INHIBITS", "--index", index, "--format", "json").out())
                .get("total").asInt()).isZero();
        JsonNode either = JSON.readTree(CliRun.of("search", "--net-relation", "INHIBITS", "--net-relation", "CAUSES_RESISTANCE",
                "--index", index, "--format", "json").out());
        assertThat(either.get("total").asInt()).isEqualTo(2);
        JsonNode loss = JSON.readTree(CliRun.of("search", "--state", "LOSS", "--index", index, "--format", "json").out());
        assertThat(loss.get("hits")).extracting(h -> h.get("claims").get(0).get("claimId").asText()).containsExactly("P1-c1");
        assertThat(JSON.readTree(CliRun.of("search", "--state", "gain", "--index", index, "--format", "json").out())
                .get("total").asInt()).isZero();
        CliRun jsonl = CliRun.of("export", "--what", "claims", "--format", "jsonl", "--net-relation", "INHIBITS", "--index", index);
        assertThat(jsonl.out().lines()).singleElement().satisfies(line ->
                assertThat(JSON.readTree(line).get("netRelation").asText()).isEqualTo("INHIBITS"));
    }

    @Test
    void textOutputShowsTheClaimAsWrittenAndWhatItAsserts() {
        CliRun run = CliRun.of("search", "Akt OR Trastuzumab", "--index", index);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("2 sentence(s) match")
                .contains("    claim: PTEN loss ACTIVATES Akt ⇒ PTEN ⊣ Akt  (hedged)  [DOWNSTREAM_ACTIVATION, unspecified]\n");
        // No state: as before, no arrow.
        assertThat(run.out()).contains("    claim: neu CAUSES_RESISTANCE Trastuzumab  [HER2_ACCESS, clinical]\n");
        assertThat(run.out().lines().filter(l -> l.contains("⇒"))).hasSize(1);
        // One claim per hit, as before sentences were searched.
        CliRun claims = CliRun.of("search", "Akt OR Trastuzumab", "--index", index, "--claims-only");
        assertThat(claims.out()).startsWith("2 claim(s) match")
                .contains("    PTEN loss ACTIVATES Akt ⇒ PTEN ⊣ Akt  (hedged)  [DOWNSTREAM_ACTIVATION, unspecified]\n");
    }

    @Test
    void mapWritesSvgPngAndAPageOfItsOwn(@org.junit.jupiter.api.io.TempDir Path out) throws Exception {
        CliRun svg = CliRun.of("map", "--index", index);
        assertThat(svg.exitCode()).as(svg.err()).isZero();
        assertThat(svg.out()).contains("<svg").contains(">PTEN<").contains(">AKT1<");
        Path png = out.resolve("maps/map.png");
        assertThat(CliRun.of("map", "--index", index, "--format", "png", "--out", png.toString()).exitCode()).isZero();
        assertThat(javax.imageio.ImageIO.read(png.toFile()).getWidth()).isPositive();
        Path html = out.resolve("map.html");
        assertThat(CliRun.of("map", "--index", index, "--format", "html", "--columns", "mechanism", "--gene", "HER2",
                "--out", html.toString()).exitCode()).isZero();
        assertThat(java.nio.file.Files.readString(html)).contains("function drawMap(").contains("\"HER2_ACCESS\"")
                .doesNotContain("\"DOWNSTREAM_ACTIVATION\"");
        for (String[] args : List.of(new String[] {"map", "--index", index, "--format", "png"},
                new String[] {"map", "--index", index, "--format", "gif"},
                new String[] {"map", "--index", index, "--columns", "colour"})) {
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err().lines()).singleElement().satisfies(l -> assertThat(l).startsWith("litmine map: "));
        }
    }

    @Test
    void mistakesAreOneLineAndExitTwo() throws Exception {
        Path plainFile = java.nio.file.Files.writeString(dir.resolve("plain.txt"), "not a folder");
        for (String[] args : List.of(
                new String[] {"search", "AND (", "--index", index},
                new String[] {"search", "colour:red", "--index", index},
                new String[] {"search", "x", "--hedged", "maybe", "--index", index},
                new String[] {"search", "--state", "none", "--index", index},
                new String[] {"search", "--net-relation", "EATS", "--index", index},
                new String[] {"search", "state:lost", "--index", index},
                new String[] {"export", "--what", "papers", "--format", "bibtex", "--index", index},
                new String[] {"export", "--what", "claims", "--format", "docx", "--index", index},
                // --out where no file can be: one line naming the file and why, not a temp file's exception.
                new String[] {"export", "--what", "claims", "--format", "csv", "--index", index, "--out", "/proc/x.csv"},
                new String[] {"export", "--what", "claims", "--format", "csv", "--index", index, "--out", plainFile + "/x.csv"},
                new String[] {"map", "--index", index, "--out", "/proc/map.svg"})) {
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(LitmineCli.USAGE);
            // One line of message (a bad flag adds the house "try: litmine CMD --help" hint), no stack trace.
            assertThat(run.err()).as(String.join(" ", args)).startsWith("litmine " + args[0] + ": ").doesNotContain("\tat ").doesNotContain("Exception");
            assertThat(run.err().lines().count()).isLessThanOrEqualTo(2);
            if (List.of(args).contains("--out")) {
                assertThat(run.err()).contains(": cannot write /").doesNotContain(".tmp");
            }
        }
    }

    @Test
    void referencesAsBibtexAndRisAndPapersAsBioc() throws Exception {
        CliRun bib = CliRun.of("export", "--what", "references", "--format", "bibtex", "--index", index);
        assertThat(bib.exitCode()).as(bib.err()).isZero();
        assertThat(bib.out()).startsWith("@article{slamon1987human,").contains("  journal = {Science},");
        CliRun ris = CliRun.of("export", "--what", "references", "--format", "ris", "--query", "PTEN", "--index", index);
        assertThat(ris.out()).isEmpty();
        ris = CliRun.of("export", "--what", "references", "--format", "ris", "--gene", "neu", "--index", index);
        assertThat(ris.out()).startsWith("TY  - JOUR\n").contains("AU  - Slamon DJ\n").contains("ER  - ");
        CliRun bioc = CliRun.of("export", "--what", "papers", "--format", "bioc", "--index", index);
        assertThat(bioc.out()).startsWith("<?xml").contains("<!DOCTYPE collection SYSTEM \"BioC.dtd\">")
                .contains("<infon key=\"type\">Claim</infon>");
        CliRun biocJson = CliRun.of("export", "--what", "papers", "--format", "bioc-json", "--index", index);
        assertThat(JSON.readTree(biocJson.out()).get("documents").get(0).get("id").asText()).isEqualTo("P1");
        CliRun tsv = CliRun.of("export", "--what", "claims", "--format", "tsv", "--drug", "trastuzumab", "--index", index);
        assertThat(tsv.out().lines().count()).isEqualTo(2);
    }
}
