package io.litmine.corpus.refs;

import static org.assertj.core.api.Assertions.assertThat;

import io.litmine.corpus.model.Reference;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceListParserTest {

    private final ReferenceListParser parser = new ReferenceListParser();

    @Test
    void parsesVancouverFieldsWithIssue() {
        Reference ref = parser.parse("1. Modi S, Saura C, Yamashita T, et al. Trastuzumab deruxtecan in previously treated "
                + "HER2-positive breast cancer. New England Journal of Medicine. 2020;382(7):610-21.").get(0);

        assertThat(ref.label()).isEqualTo("1");
        assertThat(ref.index()).isEqualTo(1);
        assertThat(ref.authors()).containsExactly("Modi S", "Saura C", "Yamashita T");
        assertThat(ref.title()).isEqualTo("Trastuzumab deruxtecan in previously treated HER2-positive breast cancer");
        assertThat(ref.container()).isEqualTo("New England Journal of Medicine");
        assertThat(ref.year()).isEqualTo(2020);
        assertThat(ref.volume()).isEqualTo("382");
        assertThat(ref.issue()).isEqualTo("7");
        assertThat(ref.pages()).isEqualTo("610-21");
    }

    @Test
    void parsesVolumeWithoutIssueSupplementsAndYearOnlyEntries() {
        List<Reference> refs = parser.parse("REFERENCES\n\n"
                + "[1] Momenimovahed Z, Salehiniya H. Epidemiological characteristics. Breast Cancer: Targets and Therapy. 2019;11:151.\n\n"
                + "[2] Allison KH. Prognostic and predictive parameters. Mod Pathol. 2021;34(Suppl 1):94-106.\n\n"
                + "[3] Sgubin M. HMGAI-p27-stathmin axis promotes migration in triple-negative breast cancer cells. 2020.\n\n"
                + "[4] Weinberg RA. The biology of cancer. New York: Garland Science; 2013.");

        assertThat(refs).extracting(Reference::label).containsExactly("1", "2", "3", "4");
        assertThat(refs.get(0)).extracting(Reference::container, Reference::volume, Reference::issue, Reference::pages)
                .containsExactly("Breast Cancer: Targets and Therapy", "11", null, "151");
        assertThat(refs.get(1)).extracting(Reference::volume, Reference::issue, Reference::pages)
                .containsExactly("34", "Suppl 1", "94-106");
        assertThat(refs.get(2)).extracting(Reference::title, Reference::container, Reference::year)
                .containsExactly("HMGAI-p27-stathmin axis promotes migration in triple-negative breast cancer cells", null, 2020);
        assertThat(refs.get(3).year()).isEqualTo(2013);
        assertThat(refs.get(3).authors()).containsExactly("Weinberg RA");
    }

    @Test
    void joinsAContinuationParagraphAfterAPageBreak() {
        List<Reference> refs = parser.parse("38. Li Y. PSMD2 regulates proliferation. Cancer letters. 2018;430:109-22.\n\n"
                + "39. Zhang M, Liu J. Insulin-like growth factor 1 receptor signaling protects against\n\n"
                + "- cell apoptosis in glioblastoma cells. Experimental and therapeutic medicine. 2018;16(2):1477-82.\n\n"
                + "40. Eich M-L. Insulin-like growth factor-1 receptor expression. Virchows Archiv. 2019;474(1):21-7.");

        assertThat(refs).hasSize(3);
        Reference ref = refs.get(1);
        assertThat(ref.label()).isEqualTo("39");
        assertThat(ref.index()).isEqualTo(2);
        assertThat(ref.raw()).isEqualTo("Zhang M, Liu J. Insulin-like growth factor 1 receptor signaling protects against "
                + "cell apoptosis in glioblastoma cells. Experimental and therapeutic medicine. 2018;16(2):1477-82.");
        assertThat(ref.container()).isEqualTo("Experimental and therapeutic medicine");
        assertThat(ref.pages()).isEqualTo("1477-82");
    }

    @Test
    void readsDoiAndPmidInBothSpellings() {
        List<Reference> refs = parser.parse("1) Slamon DJ, Leyland-Jones B. Use of chemotherapy plus a monoclonal antibody. "
                + "N Engl J Med. 2001;344(11):783-92. doi:10.1056/NEJM200103153441101. PMID: 11248153.\n\n"
                + "2) Nagata Y. PTEN activation. Cancer Cell. 2004;6(2):117-27. https://doi.org/10.1016/j.ccr.2004.06.022");

        assertThat(refs.get(0)).extracting(Reference::doi, Reference::pmid, Reference::pages, Reference::container)
                .containsExactly("10.1056/NEJM200103153441101", "11248153", "783-92", "N Engl J Med");
        assertThat(refs.get(1)).extracting(Reference::doi, Reference::year)
                .containsExactly("10.1016/j.ccr.2004.06.022", 2004);
    }

    @Test
    void parsesYearWithPagesButNoVolume() {
        Reference ref = parser.parse("12. Prabhavathi H. Molecular docking. Journal of Biomolecular Structure and Dynamics. 2020:1-12.").get(0);

        assertThat(ref).extracting(Reference::year, Reference::volume, Reference::pages).containsExactly(2020, null, "1-12");
    }

    @Test
    void labelsAnUnnumberedListByAuthorAndYearInOrder() {
        List<Reference> refs = parser.parse("References\n\nFirst A. One. J. 2001;1:1.\n\nSecond B. Two. J. 2002;2:2."
                + "\n\nvan der Berg AB, Jones C. Three. J. 2003b;3:3.\n\nAnonymous note without a year.");

        assertThat(refs).extracting(Reference::label).containsExactly("First 2001", "Second 2002", "van der Berg 2003b", "4");
        assertThat(refs).extracting(Reference::index).containsExactly(1, 2, 3, 4);
        assertThat(refs.get(1).year()).isEqualTo(2002);
    }
}
