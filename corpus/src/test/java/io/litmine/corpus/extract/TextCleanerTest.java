package io.litmine.corpus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCleanerTest {

    private final TextCleaner cleaner = new TextCleaner();

    @Test
    void stripsMarkdownEmphasisLinksEscapesAndHeadingHashes() {
        String md = "# The *Title*\n\n## **III. Mechanisms**\n\nSee [PTEN](https://example.org/pten) and **bold** \\* \\$5.\n";

        assertThat(cleaner.clean(md, DocumentFormat.MARKDOWN))
                .isEqualTo("The Title\n\nIII. Mechanisms\n\nSee PTEN and bold * $5.");
    }

    @Test
    void dropsDecorativeRulesOfEscapedStars() {
        assertThat(cleaner.clean("Date: 2022\n\n\\*\\*\\*\\*\\*\n\nAbstract", DocumentFormat.MARKDOWN))
                .isEqualTo("Date: 2022\n\nAbstract");
    }

    @Test
    void turnsLatexGreekIntoUnicodeAndHyphenatesAfterUpperCaseSymbols() {
        String md = "called transforming growth factor  $\\alpha$  (TGF  $\\alpha$ ), with TGF- $\\alpha$ and"
                + " enhancing  $\\gamma\\delta$  T cells.";

        assertThat(cleaner.clean(md, DocumentFormat.MARKDOWN)).isEqualTo(
                "called transforming growth factor α (TGF-α ), with TGF-α and enhancing γδ T cells.");
    }

    @Test
    void normalisesLigaturesAndMathematicalGreekButKeepsGreek() {
        String pdf = "the ﬁrst eﬀect of TGF 𝛼 and β-catenin in 𝛾𝛿 T cells.";

        assertThat(cleaner.clean(pdf, DocumentFormat.PDF)).isEqualTo("the first effect of TGF-α and β-catenin in γδ T cells.");
    }

    @Test
    void joinsParagraphsBrokenByAPageBreak() {
        String md = "This review aims to explore the signalling in which\n\nbreast cancer develop resistance.\n\nNext one.";

        assertThat(cleaner.clean(md, DocumentFormat.MARKDOWN)).isEqualTo(
                "This review aims to explore the signalling in which breast cancer develop resistance.\n\nNext one.");
    }

    @Test
    void joinsLinesOfAParagraphAndCollapsesSpaces() {
        assertThat(cleaner.clean("one  line\nand   another.\n\n\n\nSecond.", DocumentFormat.TEXT))
                .isEqualTo("one line and another.\n\nSecond.");
    }

    @Test
    void undoesEndOfLineHyphenationOnlyBetweenLowerCaseFragments() {
        String pdf = "Cells show pro-\nliferation of HER2-\npositive clones and\ngrowth in 2020;382(7):610-\n21.\n";

        assertThat(cleaner.clean(pdf, DocumentFormat.PDF))
                .isEqualTo("Cells show proliferation of HER2-positive clones and growth in 2020;382(7):610-21.");
    }

    @Test
    void keepsTheHyphenOfACompoundTheDocumentWritesWithOne() {
        String pdf = "A trastuzumab-resistant line.\n\nOther trastuzumab-\nresistant cells grow.";

        assertThat(cleaner.clean(pdf, DocumentFormat.PDF)).contains("Other trastuzumab-resistant cells grow.");
    }

    @Test
    void rebuildsPdfParagraphsWhenEveryLineIsItsOwnBlock() {
        String pdf = "II. MULTI-TARGET\n\nOF HER2 AGENTS\n\nHER2-targeted treatment can be\n\nused widely (9).\n\n"
                + "REFERENCES\n\n1. Modi S, Saura C,\n\nPark YH. Title. J. 2020;1:2.\n\n2. Next A. T. J. 2021;3:4.";

        assertThat(cleaner.clean(pdf, DocumentFormat.PDF)).isEqualTo("II. MULTI-TARGET OF HER2 AGENTS\n\n"
                + "HER2-targeted treatment can be used widely (9).\n\nREFERENCES\n\n"
                + "1. Modi S, Saura C, Park YH. Title. J. 2020;1:2.\n\n2. Next A. T. J. 2021;3:4.");
    }

    @Test
    void givesEachHtmlBlockItsOwnParagraph() {
        assertThat(cleaner.clean("Title\nfirst paragraph\nSecond.\n", DocumentFormat.HTML))
                .isEqualTo("Title\n\nfirst paragraph\n\nSecond.");
    }

    @Test
    void blankInputGivesEmptyText() {
        assertThat(cleaner.clean(" \n\t\n", DocumentFormat.TEXT)).isEmpty();
    }
}
