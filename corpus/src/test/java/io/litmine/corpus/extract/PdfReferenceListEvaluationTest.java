package io.litmine.corpus.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.litmine.corpus.model.Paper;
import io.litmine.corpus.model.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The DVT-prophylaxis review (a two-column BMC PDF with entries broken across lines, columns and
 * pages) against its gold reference list in {@code ../shared/data/papers/pdf-only}. The gold text was
 * made by another tool that drops line-end hyphens ("HollingsworthFridlund") and spaces after them
 * ("482- 5"), so entries are compared on their letters and digits only.
 */
@Tag("slow")
class PdfReferenceListEvaluationTest {

    private static final Path PDF_ONLY = Path.of("..", "..", "shared", "data", "papers", "pdf-only");
    private static final String DVT = "J-Trauma-Manag-Outcomes-2010-4-1_DVT-prophylaxis-review";

    @Test
    void dvtReviewHasAll79ReferencesInOrder() throws Exception {
        Path pdf = PDF_ONLY.resolve(DVT + ".pdf");
        Path goldFile = PDF_ONLY.resolve(DVT + ".references-gold.txt");
        assumeTrue(Files.isRegularFile(pdf) && Files.isRegularFile(goldFile),
                () -> "shared data " + PDF_ONLY.toAbsolutePath().normalize() + " is absent: skipping");
        List<String> gold = Files.readAllLines(goldFile).stream().filter(l -> !l.isBlank())
                .map(l -> squash(l.replaceFirst("^\\d+\\.\\s*", ""))).toList();

        Paper paper = new PaperExtractor().extract(pdf);

        assertThat(paper.references()).hasSize(79);
        assertThat(paper.references()).extracting(r -> squash(r.raw())).containsExactlyElementsOf(gold);
        assertThat(paper.references()).extracting(Reference::label)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 79).mapToObj(String::valueOf).toList());
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
