package io.litmine.corpus.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.junit.jupiter.api.Test;

class FrontMatterReaderTest {

    private static final String BMC_PAGE = """
            Barnett et al. BMC Evolutionary Biology 2014, 14:70
            http://www.biomedcentral.com/1471-2148/14/70
            RESEARCH ARTICLE Open Access
            Revealing the maternal demographic history of
            Panthera leo using ancient DNA
            Ross Barnett1,9*, Nobuyuki Yamaguchi2, Simon YW Ho4,
            Jacques Cuisin8 and Greger Larson1
            Abstract
            Background: Understanding the demographic history of a population (2001) is critical.
            """;

    @Test
    void aTypesettersJobNameIsNoTitleSoTheFirstPageGivesIt() {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.TITLE, "9785973141004535 1..11");
        String text = BMC_PAGE + "\nReferences\n1. Smith J: A paper. 2010.\n\ndoi:10.1186/1471-2148-14-70\nCite this article as: Barnett et al.\n";

        FrontMatter front = FrontMatterReader.read(metadata, text, true, "first line");

        assertThat(front.title()).isEqualTo("Revealing the maternal demographic history of Panthera leo using ancient DNA");
        assertThat(front.authors()).containsExactly("Ross Barnett", "Nobuyuki Yamaguchi", "Simon YW Ho", "Jacques Cuisin", "Greger Larson");
        assertThat(front.year()).isEqualTo(2014);
        assertThat(front.doi()).isEqualTo("10.1186/1471-2148-14-70");
    }

    @Test
    void aShortPapersReferenceListLendsItNoDoiOrYear() {
        // A Markdown review short enough that its references fall within the first page.
        String text = """
                # Cell-Cycle Mechanisms of Resistance to HER2-Targeted Therapy

                ## Abstract

                Cyclin E amplification confers resistance to trastuzumab (1).

                ## References

                1. Finn RS, Martin M. Palbociclib and letrozole in advanced breast cancer. N Engl J Med. 2016;375(20):1925-36. doi:10.1056/NEJMoa1607303
                """;

        FrontMatter front = FrontMatterReader.read(new Metadata(), text, false, "Cell-Cycle Mechanisms");

        assertThat(front.doi()).isNull();
        assertThat(front.year()).isNull();
        // Nor does an entry-like line before any heading ("[3] Slamon DJ ... doi:").
        assertThat(FrontMatterReader.read(new Metadata(), "A title\n\n[3] Slamon DJ. Science. 1987. doi:10.1126/science.3798106\n",
                false, "A title").doi()).isNull();
        // A DOI printed on its own in the front matter stays the paper's.
        assertThat(FrontMatterReader.read(new Metadata(), "A title\nDOI: 10.1186/s13058-019-1234-5\n\n## References\n", false,
                "A title").doi()).isEqualTo("10.1186/s13058-019-1234-5");
    }

    @Test
    void anAffiliationLineIsNoAuthorAndMarkdownEscapesAreNoPartOfANameOrTitle() {
        String page = "# A Review of Resistance to HER2-Targeted Therapy\n\nSuparada Triyanond \\*\n\n"
                + "\\* NIST International School, Bangkok, Thailand\n\nAbstract\nText.\n";
        FrontMatter front = FrontMatterReader.read(new Metadata(), page, true, "x");
        assertThat(front.title()).isEqualTo("A Review of Resistance to HER2-Targeted Therapy");
        assertThat(front.authors()).containsExactly("Suparada Triyanond");
        assertThat(TitleBlock.isName("Harvard Medical School")).isFalse();
        assertThat(TitleBlock.isName("Simon YW Ho")).isTrue();
    }

    @Test
    void validDeclaredValuesWin() {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.TITLE, "Volatile Metabolite Profiling of Durum Wheat");
        metadata.set(TikaCoreProperties.CREATOR, "Barbara Laddomada, Laura Del Coco and Antonio F. Logrieco");
        metadata.set(TikaCoreProperties.IDENTIFIER, "http://dx.doi.org/10.3390/metabo4040932");
        metadata.set(TikaCoreProperties.CREATED, "2013-10-17T09:35:08Z");

        FrontMatter front = FrontMatterReader.read(metadata, "Some text without dates.\n", true, "x");

        assertThat(front.title()).isEqualTo("Volatile Metabolite Profiling of Durum Wheat");
        assertThat(front.authors()).containsExactly("Barbara Laddomada", "Laura Del Coco", "Antonio F. Logrieco");
        assertThat(front.doi()).isEqualTo("10.3390/metabo4040932");
        assertThat(front.year()).as("no printed year: the creation date").isEqualTo(2013);
    }

    @Test
    void aToolOrProjectInTheAuthorFieldIsNoAuthor() {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.TITLE, "pone.0115884 1..14");
        metadata.set(TikaCoreProperties.CREATOR, "litmine sample corpus");
        String page = """
                RESEARCH ARTICLE
                A Novel Reproductive Mode in Frogs: A
                Fertilization and Birth of Tadpoles
                Djoko T. Iskandar 1, Ben J. Evans 2, Jimmy A. McGuire 3*
                1. School of Life Sciences, Bandung, Indonesia
                Published: December 31, 2014
                Copyright: © 2013 Iskandar et al.
                """;

        FrontMatter front = FrontMatterReader.read(metadata, page, true, "x");

        assertThat(front.title()).isEqualTo("A Novel Reproductive Mode in Frogs: A Fertilization and Birth of Tadpoles");
        assertThat(front.authors()).containsExactly("Djoko T. Iskandar", "Ben J. Evans", "Jimmy A. McGuire");
        assertThat(front.year()).isEqualTo(2014);
        assertThat(front.doi()).isNull();
    }

    @Test
    void aSideColumnBeforeTheTitleIsFurniture() {
        String page = """
                Submitted 25 March 2016
                Accepted 9 May 2017
                Published 5 June 2017
                Corresponding author
                Mary J. O’Connell,
                m.oconnell@leeds.ac.uk
                Academic editor
                James Procter
                Additional Information and
                Declarations can be found on
                page 13
                DOI 10.7717/peerj-cs.118
                Copyright
                2017 Webb et al.
                Distributed under
                Creative Commons CC-BY 4.0
                OPEN ACCESS
                VESPA: Very large-scale Evolutionary and
                Selective Pressure Analyses
                Andrew E. Webb1, Thomas A. Walsh1 and Mary J. O’Connell1,2
                1Bioinformatics and Molecular Evolution Group, Dublin City University
                """;

        FrontMatter front = FrontMatterReader.read(new Metadata(), page, true, "x");

        assertThat(front.title()).isEqualTo("VESPA: Very large-scale Evolutionary and Selective Pressure Analyses");
        assertThat(front.authors()).containsExactly("Andrew E. Webb", "Thomas A. Walsh", "Mary J. O’Connell");
        assertThat(front.year()).isEqualTo(2017);
        assertThat(front.doi()).isEqualTo("10.7717/peerj-cs.118");
    }

    @Test
    void withoutATitleBlockTheFallbackStands() {
        FrontMatter front = FrontMatterReader.read(new Metadata(), "Abstract\nText.", true, "fallback");
        assertThat(front.title()).isEqualTo("fallback");
        assertThat(front.authors()).isEmpty();
        assertThat(front.year()).isNull();
    }

    @Test
    void titleLinesAreNoAuthorLines() {
        assertThat(TitleBlock.authorLine("Fertilization and Birth of Tadpoles")).isFalse();
        assertThat(TitleBlock.authorLine("(Transylvania, Romania)")).isFalse();
        assertThat(TitleBlock.authorLine("Overexpressing Breast Cancer")).isFalse();
        assertThat(TitleBlock.authorLine("Suparada Triyanond *")).isTrue();
        assertThat(TitleBlock.authorLine("Pietro A. Siciliano 3, Francesco P. Fanizzi 2,* and Antonio F. Logrieco 4,*")).isTrue();
    }
}
