package io.litmine.corpus.meta;

import static org.assertj.core.api.Assertions.assertThat;

import io.litmine.corpus.extract.PaperExtractor;
import io.litmine.corpus.model.Paper;
import io.litmine.corpus.model.Publication;
import java.nio.charset.StandardCharsets;
import org.apache.tika.metadata.Metadata;
import org.junit.jupiter.api.Test;

/** Journal, PMID and PMCID: declared by the file (HTML citation meta tags) or printed on its first page. */
class PublicationTest {

    @Test
    void anHtmlPapersCitationMetaTagsGiveJournalPmidAndPmcid() throws Exception {
        String html = """
                <html><head><title>PTEN loss and trastuzumab</title>
                <meta name="citation_title" content="PTEN loss and trastuzumab">
                <meta name="citation_journal_title" content="Cancer Cell">
                <meta name="citation_pmid" content="15324695">
                <meta name="citation_pmcid" content="pmc1234567">
                </head><body><h1>PTEN loss and trastuzumab</h1><p>Loss of PTEN activates PI3K signalling in
                trastuzumab-treated cells, as several groups have shown in cell lines and tumours.</p></body></html>""";
        Paper paper = new PaperExtractor().extract("paper.html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(paper.publication()).isEqualTo(new Publication("Cancer Cell", "15324695", "PMC1234567"));
    }

    @Test
    void aPrintedPmidOnTheFirstPageCountsButNotOneInTheReferenceList() {
        String own = "A review of HER2\n\nJane Doe\n\nPMID: 25551234  PMCID: PMC4281234\n\nAbstract\nText.\n";
        assertThat(FrontMatterReader.read(new Metadata(), own, false, "x").publication())
                .isEqualTo(new Publication(null, "25551234", "PMC4281234"));
        String cited = "A review of HER2\n\nAbstract\nText.\n\nReferences\n1. Nagata Y. Cancer Cell. 2004. PMID: 15324695\n";
        assertThat(FrontMatterReader.read(new Metadata(), cited, false, "x").publication()).isEqualTo(Publication.NONE);
    }

    @Test
    void valuesNotOfTheirFormAreDropped() {
        assertThat(new Publication("  Cancer   Cell ", "PMID 123", "4281234"))
                .isEqualTo(new Publication("Cancer Cell", null, "PMC4281234"));
        assertThat(new Publication(" ", "", "PMC").journal()).isNull();
    }
}
