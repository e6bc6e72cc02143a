package io.litmine.corpus.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.litmine.corpus.model.Paper;
import io.litmine.corpus.model.Reference;
import io.litmine.corpus.model.Section;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the extractor on the checked-in sample corpus (../samples/papers, relative to this module). */
class PaperExtractorTest {

    private static final Path SAMPLES = Path.of("..", "samples", "papers");
    private static final Path PDF_SOURCE = Path.of("src", "test", "resources", "sample-sources", "her2-resistance-review.txt");

    private final PaperExtractor extractor = new PaperExtractor();

    @Test
    void extractsTheSamplePdf() throws Exception {
        Paper paper = extractor.extract(SAMPLES.resolve("her2-resistance-review.pdf"));

        assertThat(paper.title()).isEqualTo("Mechanisms of Trastuzumab Resistance in HER2-Positive Breast Cancer");
        // The PDF's author field names the project, not a person; the page prints no authors, year or DOI.
        assertThat(paper.authors()).isEmpty();
        assertThat(paper.year()).isNull();
        assertThat(paper.doi()).isNull();
        assertThat(paper.sections()).extracting(Section::heading).containsExactly("Front", "Abstract", "1. Introduction",
                "2. Impaired Access to HER2", "3. Alternative Signalling and Downstream Activation", "4. Conclusions",
                "References");
        assertThat(paper.references()).hasSize(8);
        assertThat(paper.references()).extracting(Reference::label).containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
        assertThat(paper.body()).contains(
                "Loss of PTEN activates PI3K/AKT signalling and confers resistance to trastuzumab (6).",
                "Lapatinib inhibits HER2 and EGFR kinase activity and, combined with capecitabine, delays progression"
                        + " after trastuzumab failure [7].",
                "MUC4 masks the trastuzumab epitope on HER2 and reduces antibody binding in JIMT-1 cells (4).",
                "Adding trastuzumab to chemotherapy prolonged survival in metastatic HER2-positive breast cancer (1).");
        Reference slamon = paper.references().get(0);
        assertThat(slamon).extracting(Reference::year, Reference::volume, Reference::issue, Reference::pages,
                Reference::doi, Reference::pmid)
                .containsExactly(2001, "344", "11", "783-92", "10.1056/NEJM200103153441101", "11248153");
    }

    /** The maker hyphenates words at line ends; every word extracted must be a word of the source text. */
    @Test
    void samplePdfTextHasNoHyphenationArtefacts() throws Exception {
        Paper paper = extractor.extract(SAMPLES.resolve("her2-resistance-review.pdf"));
        Set<String> sourceWords = words(Files.readString(PDF_SOURCE, StandardCharsets.UTF_8));

        assertThat(words(paper.text())).isSubsetOf(sourceWords);
        assertThat(paper.text()).doesNotContainPattern(Pattern.compile("\\p{Ll}- \\p{Ll}"));
    }

    @Test
    void extractsTheSampleHtml() throws Exception {
        Paper paper = extractor.extract(SAMPLES.resolve("pi3k-pten-review.html"));

        assertThat(paper.title()).isEqualTo("PI3K/AKT/mTOR Signalling and PTEN Loss in Resistance to HER2-Targeted Therapy");
        assertThat(paper.sections()).extracting(Section::heading).containsExactly("Front", "Abstract", "1. Introduction",
                "2. PTEN and PIK3CA", "3. Targeting the Pathway", "4. Conclusion", "References");
        assertThat(paper.references()).hasSize(8);
        assertThat(paper.references().get(7).title()).isEqualTo("Phosphorylation and regulation of Akt/PKB by the rictor-mTOR complex");
        assertThat(paper.body()).contains(
                "Loss of PTEN activates PI3K/AKT signalling and confers resistance to trastuzumab (1).",
                "Acute exposure to everolimus does not inhibit mTORC2",
                "the p110α catalytic subunit");
    }

    @Test
    void extractsTheSampleMarkdown() throws Exception {
        Paper paper = extractor.extract(SAMPLES.resolve("cdk-immune-review.md"));

        assertThat(paper.title()).isEqualTo("Cell-Cycle and Immune Mechanisms of Resistance to HER2-Targeted Therapy");
        assertThat(paper.sections()).extracting(Section::heading).containsExactly("Front", "Abstract", "1. Introduction",
                "2. Cyclin E and CDK4/6", "3. Immune Mechanisms", "4. Conclusions", "References");
        assertThat(paper.references()).hasSize(8);
        assertThat(paper.references().get(5).doi()).isEqualTo("10.1038/nature23465");
        assertThat(paper.body()).contains(
                "Palbociclib does not inhibit HER2 kinase activity",
                "overcome resistance to HER2-targeted therapy in vivo (2).",
                "The FCGR3A 158V/V genotype",
                "Regulatory T cells and TGF-β may blunt",
                "Sample paper* written") // an escaped star is a literal star
                .doesNotContain("**", "*in vivo*", "](", "$");
    }

    @Test
    void idIsAHashOfTheBytesAndSourceIsThePathGiven() throws Exception {
        byte[] bytes = Files.readAllBytes(SAMPLES.resolve("cdk-immune-review.md"));

        Paper fromPath = extractor.extract(SAMPLES.resolve("cdk-immune-review.md"));
        Paper fromBytes = extractor.extract("elsewhere/copy.md", bytes);

        assertThat(fromPath.paperId()).hasSize(16).matches("[0-9a-f]{16}").isEqualTo(fromBytes.paperId());
        assertThat(fromPath.source()).isEqualTo(SAMPLES.resolve("cdk-immune-review.md").toString());
        assertThat(fromBytes.source()).isEqualTo("elsewhere/copy.md");
        assertThat(fromBytes.text()).isEqualTo(fromPath.text());
    }

    @Test
    void corruptPdfGivesAOneLineExtractionException() {
        byte[] corrupt = "%PDF-1.4\n\u0001\u0002garbage that is not a PDF body \u00ff\u00fe".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> extractor.extract("broken.pdf", corrupt))
                .isInstanceOf(ExtractionException.class)
                .hasCauseInstanceOf(Exception.class)
                .satisfies(e -> assertThat(e.getMessage()).startsWith("not a readable PDF: ").doesNotContain("\n"));
    }

    @Test
    void emptyAndBlankFilesGiveExtractionException(@TempDir Path dir) throws IOException {
        Path empty = Files.write(dir.resolve("empty.pdf"), new byte[0]);
        Path blank = Files.writeString(dir.resolve("blank.md"), "  \n\t\n");

        assertThatThrownBy(() -> extractor.extract(empty)).isInstanceOf(ExtractionException.class).hasMessage("empty file");
        assertThatThrownBy(() -> extractor.extract(blank)).isInstanceOf(ExtractionException.class).hasMessage("empty file");
    }

    @Test
    void missingFileGivesExtractionException(@TempDir Path dir) {
        assertThatThrownBy(() -> extractor.extract(dir.resolve("nope.pdf")))
                .isInstanceOf(ExtractionException.class)
                .hasMessageStartingWith("cannot read file: ");
    }

    @Test
    void documentWithoutTextGivesExtractionException() {
        byte[] html = "<html><body><p>   </p><img src='x.png'></body></html>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> extractor.extract("image-only.html", html))
                .isInstanceOf(ExtractionException.class)
                .hasMessage("no text could be extracted");
    }

    @Test
    void plainTextWithoutHeadingsIsOneBodySectionTitledByItsFirstLine() throws Exception {
        byte[] text = "A short note on HER2\nthat wraps.\n\nSecond paragraph.".getBytes(StandardCharsets.UTF_8);

        Paper paper = extractor.extract("note.txt", text);

        assertThat(paper.title()).isEqualTo("A short note on HER2 that wraps.");
        assertThat(paper.sections()).extracting(Section::heading).containsExactly("Body");
        assertThat(paper.bodyEnd()).isEqualTo(paper.text().length());
        assertThat(paper.references()).isEmpty();
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.split("[^\\p{L}\\p{N}-]+"))
                .map(w -> w.replaceAll("^-+|-+$", ""))
                .filter(w -> !w.isEmpty())
                .collect(Collectors.toSet());
    }
}
