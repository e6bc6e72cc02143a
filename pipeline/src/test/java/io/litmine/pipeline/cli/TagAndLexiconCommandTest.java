package io.litmine.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code litmine tag} and {@code litmine lexicon import} through the real command line. */
class TagAndLexiconCommandTest {

    private static final String HGNC_HEADER = "hgnc_id\tsymbol\tname\tlocus_group\tlocus_type\tstatus\talias_symbol\t"
            + "alias_name\tprev_symbol\tprev_name\tentrez_id\n";
    private static final String DRUGBANK_HEADER = "DrugBank ID,Accession Numbers,Common name,CAS,UNII,Synonyms,Standard InChI Key\n";

    @TempDir
    Path dir;
    private Path lexicon;

    @BeforeEach
    void smallLexicon() throws IOException {
        lexicon = Files.createDirectories(dir.resolve("lexicon"));
        Files.writeString(lexicon.resolve("genes.tsv"), "ERBB2\tHGNC:3430\tHER2|HER-2\nPI3K\tFPLX:PI3K\tPI3K\n");
        Files.writeString(lexicon.resolve("drugs.tsv"), "trastuzumab\tDrugBank:DB00072\tHerceptin\n");
    }

    private static CliRun withStdin(String input, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return CliRun.of(args);
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void tagsLinesAsPubtator() {
        CliRun run = withStdin("S1\tHerceptin binds HER-2; PI3K/Akt follows.\n",
                "tag", "--input-format", "lines", "--lexicon", lexicon.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).containsExactly(
                "S1|t|Herceptin binds HER-2; PI3K/Akt follows.",
                "S1\t0\t9\tHerceptin\tChemical\tDrugBank:DB00072",
                "S1\t16\t21\tHER-2\tGene\tHGNC:3430",
                "S1\t23\t27\tPI3K\tGene\tFPLX:PI3K",
                // Not in this small lexicon: the shipped gene model finds it, unnamed (PubTator's "-").
                "S1\t28\t31\tAkt\tGene\t-",
                "");
        CliRun dictionary = withStdin("S1\tHerceptin binds HER-2; PI3K/Akt follows.\n",
                "tag", "--input-format", "lines", "--lexicon", lexicon.toString(), "--no-model");
        assertThat(dictionary.out().lines()).doesNotContain("S1\t28\t31\tAkt\tGene\t-").hasSize(5);
        CliRun both = withStdin("S1\tx\n", "tag", "--model", dir.toString(), "--no-model");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("--model and --no-model exclude each other");
    }

    @Test
    void pubtatorOffsetsRunOverTitleSpaceAbstract() {
        CliRun run = withStdin("42|t|HER2 review\n42|a|Herceptin works.\n42\t0\t4\tHER2\tGene\t2064\n\n",
                "tag", "--format", "jsonl", "--lexicon", lexicon.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"id\":\"42\"", "\"start\":0,\"end\":4,\"text\":\"HER2\"",
                "\"start\":12,\"end\":21,\"text\":\"Herceptin\"");
    }

    @Test
    void badInputIsOneLineAndExitTwo() {
        CliRun run = withStdin("no tab here\n", "tag", "--input-format", "lines", "--lexicon", lexicon.toString());
        assertThat(run.exitCode()).isEqualTo(LitmineCli.USAGE);
        assertThat(run.err().strip()).startsWith("litmine tag: line 1: expected ID<TAB>text (--input-format lines)").doesNotContain("\n");
    }

    @Test
    void importsHgncAndDrugbankOverTheCuratedLexicon() throws IOException {
        Path hgnc = gzip(dir.resolve("hgnc.txt.gz"), HGNC_HEADER
                + "HGNC:3430\tERBB2\terb-b2 receptor tyrosine kinase 2\tprotein-coding gene\tgene with protein product\tApproved\t"
                + "\"NEU|HER-2|CD340|HER2\"\t\"\"\tNGL\t\"\"\t2064\n"
                + "HGNC:1516\tCAT\tcatalase\tprotein-coding gene\tgene with protein product\tApproved\t\"\"\t\"\"\t\"\"\t\"\"\t847\n"
                + "HGNC:99999\tFAKEP1\tsome pseudogene\tpseudogene\tpseudogene\tApproved\t\"\"\t\"\"\t\"\"\t\"\"\t1\n");
        Path drugbank = Files.writeString(dir.resolve("drugbank.csv"), DRUGBANK_HEADER
                + "DB00072,BIOD00098,Trastuzumab,180288-69-1,P188ANX8CK,RHUMAB HER2 | trastuzumab-anns,\n"
                + "DB09145,,Water,7732-18-5,059QF0KO0R,Purified water,\n"
                + "DB09341,,\"Dextrose, unspecified form\",,IY9XDZ35W2,Dextrosa | Dextrose | Dextrose solution | Glucose | Grape sugar,\n");
        Path out = dir.resolve("imported");
        CliRun run = CliRun.of("lexicon", "import", "--hgnc", hgnc.toString(), "--drugbank", drugbank.toString(),
                "--lexicon", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String genes = Files.readString(out.resolve("genes.tsv"));
        assertThat(genes).startsWith("# litmine curated gene/protein lexicon")
                .contains("CAT\tHGNC:1516\tcatalase\txref=NCBIGene:847; name=unmatched\n",
                        "CAT\tHGNC:1516\tCAT\tcontext=*; xref=NCBIGene:847\n")
                .contains("ERBB2\tHGNC:3430\tERBB2|HER-2|CD340|HER2|erb-b2 receptor tyrosine kinase 2\txref=NCBIGene:2064\n",
                        "ERBB2\tHGNC:3430\tNGL|NEU\tcontext=*; xref=NCBIGene:2064; name=unmatched\n")
                .doesNotContain("FAKEP1");
        assertThat(Files.readString(out.resolve("drugs.tsv"))).contains("water\tDrugBank:DB09145\tPurified water\tname=unmatched")
                // DrugBank's product-form qualifier is no part of the name: glucose is dextrose.
                .contains("dextrose\tDrugBank:DB09341\t").doesNotContain("unspecified");
        CliRun glucose = withStdin("S2\tGlucose uptake rose.\n", "tag", "--input-format", "lines", "--format", "jsonl",
                "--lexicon", out.toString());
        assertThat(glucose.out()).contains("\"text\":\"Glucose\"", "\"name\":\"dextrose\"").doesNotContain("unspecified");

        CliRun tagged = withStdin("S1\tCAT gene expression and the CAT scan; purified water.\n",
                "tag", "--input-format", "lines", "--lexicon", out.toString());
        assertThat(tagged.out()).contains("S1\t0\t3\tCAT\tGene\tHGNC:1516", "Chemical\tDrugBank:DB09145")
                .doesNotContain("S1\t29\t32");
    }

    @Test
    void aWrongOrMalformedFileIsRefusedAndThePreviousLexiconStays() throws IOException {
        Path drugbank = Files.writeString(dir.resolve("drugbank.csv"), DRUGBANK_HEADER + "DB00072,,Trastuzumab,,,Herceptin,\n");
        byte[] before = Files.readAllBytes(lexicon.resolve("genes.tsv"));

        CliRun wrong = CliRun.of("lexicon", "import", "--hgnc", drugbank.toString(), "--drugbank", drugbank.toString(),
                "--lexicon", lexicon.toString());
        assertThat(wrong.exitCode()).isEqualTo(LitmineCli.USAGE);
        assertThat(wrong.err().strip().lines()).hasSize(1);
        assertThat(wrong.err()).contains("is not an HGNC complete set", "hgnc_id");

        Path ragged = Files.writeString(dir.resolve("hgnc.txt"), HGNC_HEADER + "HGNC:5\tA1BG\talpha-1-B glycoprotein\n");
        CliRun malformed = CliRun.of("lexicon", "import", "--hgnc", ragged.toString(), "--drugbank", drugbank.toString(),
                "--lexicon", lexicon.toString());
        assertThat(malformed.exitCode()).isEqualTo(LitmineCli.USAGE);
        assertThat(malformed.err()).contains("hgnc.txt:2: 3 fields where the header has 11");

        assertThat(Files.readAllBytes(lexicon.resolve("genes.tsv"))).isEqualTo(before);
        try (var files = Files.list(lexicon)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("genes.tsv", "drugs.tsv");
        }
    }

    private static Path gzip(Path file, String text) throws IOException {
        try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }
}
