package io.litmine.annotators.citation;

import static org.assertj.core.api.Assertions.assertThat;

import io.litmine.annotators.PaperAnnotator;
import io.litmine.annotators.SharedPipeline;
import io.litmine.annotators.TestPapers;
import io.litmine.corpus.model.AnnotatedPaper;
import io.litmine.corpus.model.Citation;
import io.litmine.corpus.model.MarkedCallout;
import io.litmine.corpus.model.Paper;
import io.litmine.corpus.model.Reference;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CitationAnnotatorTest {

    private static PaperAnnotator annotator;

    @BeforeAll
    static void buildPipeline() {
        annotator = SharedPipeline.get();
    }

    @Test
    void linksLabelsToReferencesAndKeepsDanglingOnes() {
        String text = "Trastuzumab treatment was associated with worse outcomes [33, 59] than patients (30). "
                + "CD44 enables PI3K/Akt activation [58].";
        AnnotatedPaper paper = annotator.annotate(TestPapers.of(text, 53));
        List<Citation> citations = paper.citations();
        assertThat(citations).extracting(Citation::marker).containsExactly("[33, 59]", "(30)", "[58]");
        Citation first = citations.get(0);
        assertThat(first.labels()).containsExactly("33", "59");
        assertThat(first.resolved()).containsExactly(33);
        assertThat(first.unresolved()).containsExactly("59");
        assertThat(text.substring(first.start(), first.end())).isEqualTo("[33, 59]");
        assertThat(first.sentence()).startsWith("Trastuzumab treatment").endsWith("(30).");
        assertThat(citations.get(2).resolved()).isEmpty();
        assertThat(citations.get(2).unresolved()).containsExactly("58");
        assertThat(paper.unresolvedLabels()).containsExactly("59", "58");
    }

    @Test
    void resolvesByLabelToTheOneBasedIndex() {
        // A list whose printed labels do not start at 1: resolution goes by label, not position.
        List<Reference> refs = List.of(Reference.unparsed("7", 1, "Seven."), Reference.unparsed("8", 2, "Eight."));
        String text = "HER2 is amplified (8) and cleaved (7-8).";
        Paper paper = new Paper("p", "s", "t", text, List.of(), refs, text.length());
        List<Citation> citations = annotator.annotate(paper).citations();
        assertThat(citations.get(0).resolved()).containsExactly(2);
        assertThat(citations.get(1).labels()).containsExactly("7", "8");
        assertThat(citations.get(1).resolved()).containsExactly(1, 2);
    }

    @Test
    void linksAuthorYearCalloutsBySurnameYearAndLetter() {
        String body = "Trastuzumab improves survival (Slamon et al., 2001). Resistance follows PTEN loss "
                + "(Nagata et al. 2004; Nahta and Esteva, 2006), as Smith and Jones (2019a) and Smith and Jones (2019b) found. "
                + "A later trial (January 2001) enrolled 40 women (n = 40) (Unknown et al., 1999).\n\n";
        String list = "References\n\nNagata Y, Lan KH, Zhou X, et al. PTEN activation contributes to tumor inhibition by trastuzumab. "
                + "Cancer Cell. 2004;6:117-27.\n\n"
                + "Nahta R, Esteva FJ. HER2 therapy: molecular mechanisms of trastuzumab resistance. Breast Cancer Res. 2006;8:215.\n\n"
                + "Slamon DJ, Leyland-Jones B, Shak S, et al. Use of chemotherapy plus a monoclonal antibody against HER2. "
                + "N Engl J Med. 2001;344:783-92.\n\n"
                + "Smith A, Jones B. First study. J Biol. 2019a;1:1-2.\n\n"
                + "Smith A, Jones B. Second study. J Biol. 2019b;1:3-4.\n";
        List<Reference> refs = new io.litmine.corpus.refs.ReferenceListParser().parse(list);
        assertThat(refs).extracting(Reference::label)
                .containsExactly("Nagata 2004", "Nahta 2006", "Slamon 2001", "Smith 2019a", "Smith 2019b");
        String text = body + list;
        Paper paper = new Paper("p", "s", "t", text, List.of(), refs, body.length());

        List<Citation> citations = annotator.annotate(paper).citations();

        assertThat(citations).extracting(Citation::marker).containsExactly("(Slamon et al., 2001)",
                "(Nagata et al. 2004; Nahta and Esteva, 2006)", "Smith and Jones (2019a)", "Smith and Jones (2019b)",
                "(Unknown et al., 1999)");
        assertThat(citations).extracting(Citation::resolved).containsExactly(List.of(3), List.of(1, 2), List.of(4), List.of(5), List.of());
        assertThat(citations.get(1).labels()).containsExactly("Nagata 2004", "Nahta 2006");
        assertThat(citations.get(4).unresolved()).containsExactly("Unknown 1999");
    }

    @Test
    void aBracketCitingPaperKeepsItsParenthesisedNumbersAsText() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            text.append("Finding ").append(i).append(" was reported [").append(i).append("]. ");
        }
        text.append("We divided the responses into two groups: (1) limiting use and (2) protecting services [3]. ");
        text.append("Village area (12) and water bodies (7) were referred to most.");
        List<Citation> citations = annotator.annotate(TestPapers.of(text.toString(), 40)).citations();
        assertThat(citations).hasSize(31).allMatch(c -> c.marker().startsWith("["));
    }

    @Test
    void calloutTokensAreNeverTaggedAsGenes() {
        // "MUC 4" is a MUC4 synonym; with a callout between, "MUC (4)" must not become one.
        AnnotatedPaper paper = annotator.annotate(TestPapers.of("Masking by MUC (4) and by ER [2] in breast cancer.", 53));
        assertThat(paper.mentions()).extracting(m -> m.text()).containsExactly("ER");
        assertThat(paper.citations()).extracting(Citation::marker).containsExactly("(4)", "[2]");
    }

    @Test
    void yearsStatisticsAndFiguresAreNotCallouts() {
        String text = "In 2019 a trial (2019) of 40 women (n = 40) found benefit (p < 0.05; Fig. 2), "
                + "odds 2.0 (95% CI 1.2-3.4).";
        assertThat(annotator.annotate(TestPapers.of(text, 53)).citations()).isEmpty();
    }

    @Test
    void onlyTheBodyIsAnnotatedNotTheReferenceList() {
        String body = "HER2 is cleaved (1).\n\n";
        String refs = "References\n1. Modi S, et al. Trastuzumab deruxtecan. N Engl J Med. 2020;382(7):610-21.\n";
        String text = body + refs;
        Paper paper = new Paper("p", "s", "t", text, List.of(), TestPapers.references(1), body.length());
        AnnotatedPaper annotated = annotator.annotate(paper);
        assertThat(annotated.citations()).extracting(Citation::marker).containsExactly("(1)");
        assertThat(annotated.mentions()).allMatch(m -> m.end() <= body.length());
    }

    @Test
    void aReferenceListLineNeverYieldsACallout() {
        // Even if a reference line were annotated, "382(7):610-21" is an issue number, not a callout.
        String line = "Modi S, et al. Trastuzumab deruxtecan. N Engl J Med. 2020;382(7):610-21.";
        assertThat(annotator.annotate(TestPapers.of(line, 53)).citations()).isEmpty();
    }

    @Test
    void calloutsGivenByMarkupReplaceDetection() {
        // "(30)" looks like a callout but the markup says it is not one; "[2]–[4]" is one marked range.
        String text = "PTEN loss activates Akt [1] in cells (30). Trastuzumab fails [2]–[4].";
        List<Reference> refs = List.of(Reference.unparsed("1", 1, "One."), Reference.unparsed("2", 2, "Two."),
                Reference.unparsed("3", 3, "Three."), Reference.unparsed("4", 4, "Four."));
        int one = text.indexOf("[1]");
        int range = text.indexOf("[2]");
        List<MarkedCallout> marked = List.of(
                new MarkedCallout("[1]", one, one + 3, List.of("1"), List.of(1), List.of()),
                new MarkedCallout("[2]–[4]", range, range + 7, List.of("2", "3", "4"), List.of(2, 3, 4), List.of()),
                new MarkedCallout("", text.length() - 1, text.length() - 1, List.of("x"), List.of(), List.of("x")));
        Paper paper = new Paper("p", "s", "t", List.of(), null, null, text, List.of(), refs, text.length(), marked);
        List<Citation> citations = annotator.annotate(paper).citations();
        assertThat(citations).extracting(Citation::marker).containsExactly("[1]", "[2]–[4]", "");
        assertThat(citations.get(0).sentence()).isEqualTo("PTEN loss activates Akt [1] in cells (30).");
        assertThat(citations.get(1).resolved()).containsExactly(2, 3, 4);
        assertThat(citations.get(1).sentence()).isEqualTo("Trastuzumab fails [2]–[4].");
        assertThat(citations.get(2).unresolved()).containsExactly("x");
    }
}
