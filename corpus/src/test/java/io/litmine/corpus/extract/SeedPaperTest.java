package io.litmine.corpus.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.litmine.corpus.model.Paper;
import io.litmine.corpus.model.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The review the project was designed around, read from the shared folder next to the repository
 * ({@code ../shared}, i.e. {@code ../../shared} from this module). It is not ours to ship, so the
 * test skips when the folder is absent (a user's fresh clone).
 */
@Tag("slow")
class SeedPaperTest {

    private static final Logger LOG = LoggerFactory.getLogger(SeedPaperTest.class);
    private static final Path SEEDS = Path.of("..", "..", "shared", "seeds");

    private final PaperExtractor extractor = new PaperExtractor();

    @Test
    void seedMarkdownHas53ReferencesAndACleanBody() throws Exception {
        Paper paper = extractor.extract(seed("trastuzumab-resistance-review.md"));

        assertThat(paper.title()).isEqualTo("Trastuzumab Resistance in HER2 Overexpressing Breast Cancer");
        assertThat(paper.references()).hasSize(53);
        assertThat(paper.references()).extracting(Reference::label)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 53).mapToObj(String::valueOf).toList());
        assertThat(paper.references()).extracting(Reference::index)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 53).boxed().toList());

        Reference ref39 = paper.references().get(38);
        assertThat(ref39.raw()).endsWith("protects against cell apoptosis through the PI3K/AKT pathway in glioblastoma cells."
                + " Experimental and therapeutic medicine. 2018;16(2):1477-82.");
        assertThat(ref39.raw()).doesNotContain("- cell");

        Reference ref1 = paper.references().get(0);
        assertThat(ref1.authors()).startsWith("Modi S", "Saura C", "Yamashita T").hasSize(6);
        assertThat(ref1).extracting(Reference::title, Reference::container, Reference::year, Reference::volume,
                Reference::issue, Reference::pages)
                .containsExactly("Trastuzumab deruxetecan in previously treated HER2-positive breast cancer",
                        "New England Journal of Medicine", 2020, "382", "7", "610-21");

        assertThat(paper.bodyEnd()).isEqualTo(paper.text().indexOf("REFERENCES"));
        assertThat(paper.body()).contains(
                "This review aims to explore the signalling in which breast cancer develop resistance", "TGF-α");
        assertThat(paper.body().lines())
                .anyMatch(l -> l.contains("This review aims to explore the signalling in which breast cancer develop resistance"));
    }

    /** Issue 3: "53 references with 39 whole and 45 without a journal" — the PDF breaks 39 across a page. */
    @Test
    void seedPdfHas53ReferencesWith39WholeAnd45WithoutAJournal() throws Exception {
        Paper paper = extractor.extract(seed("trastuzumab-resistance-review.pdf"));

        LOG.info("seed PDF: {} references, {} sections", paper.references().size(), paper.sections().size());
        assertThat(paper.references()).hasSize(53);
        assertThat(paper.references().get(38).raw()).startsWith("Zhang M, Liu J,")
                .contains("protects against cell apoptosis through the PI3K/AKT pathway").endsWith("2018;16(2):1477-82.");
        Reference ref45 = paper.references().get(44);
        assertThat(ref45).extracting(Reference::title, Reference::container, Reference::year)
                .containsExactly("HMGAI-p27-stathmin axis promotes migration in triple-negative breast cancer cells", null, 2020);
        assertThat(paper.references()).filteredOn(r -> r.container() == null).containsExactly(ref45);
        assertThat(paper.body()).contains("This review aims to explore the signalling in which breast cancer develop resistance");
    }

    /** Issue 13: the same front matter from either file; the affiliation line is no author. */
    @Test
    void seedMarkdownAndPdfHaveTheSameTitleFirstAuthorYearAndNoDoi() throws Exception {
        for (String name : List.of("trastuzumab-resistance-review.md", "trastuzumab-resistance-review.pdf")) {
            Paper paper = extractor.extract(seed(name));
            assertThat(paper.title()).as(name).isEqualTo("Trastuzumab Resistance in HER2 Overexpressing Breast Cancer");
            assertThat(paper.authors()).as(name).containsExactly("Suparada Triyanond");
            assertThat(paper.year()).as(name).isEqualTo(2022);
            // The review prints no DOI of its own; its references' DOIs are not its own.
            assertThat(paper.doi()).as(name).isNull();
        }
    }

    private static Path seed(String name) {
        Path file = SEEDS.resolve(name);
        assumeTrue(Files.isRegularFile(file),
                () -> "shared seed " + file.toAbsolutePath().normalize() + " is absent (no ../shared next to the repo): skipping");
        return file;
    }
}
