package io.litmine.corpus.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.litmine.corpus.extract.PaperExtractor;
import io.litmine.corpus.model.Paper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Front matter read from the 5 PDFs of {@code ../shared/data/papers/pdf-with-xml} against the publisher
 * XML beside each (read by the same extractor, from its markup): title, first author's surname, year,
 * DOI. Skipped, with a message, when {@code ../shared} is absent.
 */
@Tag("slow")
class PdfFrontMatterEvaluationTest {

    private static final Logger LOG = LoggerFactory.getLogger(PdfFrontMatterEvaluationTest.class);
    private static final Path DIR = Path.of("..", "..", "shared", "data", "papers", "pdf-with-xml");

    @Test
    void titleFirstAuthorYearAndDoiMatchThePublisherXml() throws Exception {
        assumeTrue(Files.isDirectory(DIR), "../shared is absent (no " + DIR + "): skipping the PDF front-matter evaluation");
        PaperExtractor extractor = new PaperExtractor();
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(DIR)) {
            pdfs = files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        int titles = 0;
        int authors = 0;
        int years = 0;
        int dois = 0;
        for (Path pdf : pdfs) {
            Paper got = extractor.extract(pdf);
            Paper gold = extractor.extract(Path.of(pdf.toString().replaceFirst("\\.pdf$", ".xml")));
            boolean title = key(got.title()).equals(key(gold.title()));
            boolean author = !got.authors().isEmpty() && !gold.authors().isEmpty()
                    && key(got.authors().get(0)).contains(key(surname(gold.authors().get(0))));
            boolean year = gold.year() != null && gold.year().equals(got.year());
            boolean doi = gold.doi() != null && gold.doi().equalsIgnoreCase(String.valueOf(got.doi()));
            LOG.info("{}: title {} author {} year {} doi {} | got '{}' {} {} {} | gold '{}' {} {} {}", pdf.getFileName(),
                    title, author, year, doi, got.title(), got.authors(), got.year(), got.doi(),
                    gold.title(), gold.authors(), gold.year(), gold.doi());
            titles += title ? 1 : 0;
            authors += author ? 1 : 0;
            years += year ? 1 : 0;
            dois += doi ? 1 : 0;
        }
        LOG.info("front matter on {} PDFs: title {}, first author {}, year {}, DOI {}", pdfs.size(), titles, authors, years, dois);
        assertThat(pdfs).hasSize(5);
        assertThat(new int[] {titles, authors, years, dois}).containsExactly(5, 5, 5, 5);
    }

    /** JATS gives "Given Surname", BMC art "Surname Initials": the surname is the longest capitalised word. */
    private static String surname(String name) {
        String best = "";
        for (String token : name.split("\\s+")) {
            if (token.length() > best.length() && !token.equals(token.toUpperCase(Locale.ROOT))) {
                best = token;
            }
        }
        return best.isEmpty() ? name : best;
    }

    /** Case, accents, punctuation and spacing do not count. */
    private static String key(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
