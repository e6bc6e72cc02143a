package io.litmine.corpus.sections;

import static org.assertj.core.api.Assertions.assertThat;

import io.litmine.corpus.model.Section;
import org.junit.jupiter.api.Test;

class SectionSplitterTest {

    private final SectionSplitter splitter = new SectionSplitter();

    @Test
    void findsNumberedUpperCaseAndNamedHeadingsAndTheReferenceList() {
        String text = "A Title\n\nAuthor Name\n\nAbstract:\n\nSummary text.\n\nI. INTRODUCTION\n\nIntro text.\n\n"
                + "2. Methods\n\nWe did it.\n\n3.1 Results\n\nIt worked.\n\nCONCLUSIONS\n\nDone.\n\n"
                + "REFERENCES\n\n1. A B. Title. J. 2020;1:2.";

        SectionLayout layout = splitter.split(text);

        assertThat(layout.sections()).extracting(Section::heading).containsExactly(
                "Front", "Abstract", "I. INTRODUCTION", "2. Methods", "3.1 Results", "CONCLUSIONS", "REFERENCES");
        assertThat(layout.bodyEnd()).isEqualTo(text.indexOf("REFERENCES"));
        Section intro = layout.sections().get(2);
        assertThat(text.substring(intro.start(), intro.end())).isEqualTo("I. INTRODUCTION\n\nIntro text.\n\n");
        assertThat(layout.sections().get(6).end()).isEqualTo(text.length());
    }

    @Test
    void doesNotTakeNumberedReferencesOrSentencesForHeadings() {
        String text = "Introduction\n\nHER2 is amplified in 20% of cases.\n\nBibliography\n\n1. Smith J\n\n2. Jones K";

        SectionLayout layout = splitter.split(text);

        assertThat(layout.sections()).extracting(Section::heading).containsExactly("Introduction", "Bibliography");
        assertThat(layout.bodyEnd()).isEqualTo(text.indexOf("Bibliography"));
    }

    @Test
    void textWithoutHeadingsIsOneBodySection() {
        String text = "Just a paragraph.\n\nAnd another one.";

        SectionLayout layout = splitter.split(text);

        assertThat(layout.sections()).containsExactly(new Section("Body", 0, text.length()));
        assertThat(layout.bodyEnd()).isEqualTo(text.length());
    }

    @Test
    void headingRulesRejectSentencesAndLongLines() {
        assertThat(HeadingRules.isHeading("II. MULTI-TARGET OF HER2 AGENTS")).isTrue();
        assertThat(HeadingRules.isHeading("Results and Discussion")).isTrue();
        assertThat(HeadingRules.isHeading("1. Modi S, Saura C, Yamashita T, et al. Trastuzumab.")).isFalse();
        assertThat(HeadingRules.isHeading("HER2 is overexpressed.")).isFalse();
        assertThat(HeadingRules.isReferencesHeading("7. References:")).isTrue();
        assertThat(HeadingRules.headingText("Abstract:")).isEqualTo("Abstract");
    }
}
