package io.litmine.index.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class EvidenceAnalyzerTest {

    private static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(Fields.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    @Test
    void compoundNamesAreFoundByTheirPartsAndWhole() throws IOException {
        try (Analyzer analyzer = EvidenceAnalyzer.forIndexing()) {
            assertThat(terms(analyzer, "the PI3K/Akt pathway")).contains("pi3k/akt", "pi3k", "akt", "pi3kakt", "the", "pathway");
            assertThat(terms(analyzer, "(HER2-positive),"))
                    .containsExactlyInAnyOrder("her2-positive", "her2", "positive", "her2positive");
        }
    }

    @Test
    void greekLettersAreSpelledOutSoBothSpellingsMeetInTheIndex() throws IOException {
        try (Analyzer analyzer = EvidenceAnalyzer.forIndexing()) {
            assertThat(terms(analyzer, "TGF-α")).containsExactlyInAnyOrder("tgf-alpha", "tgf", "alpha", "tgfalpha");
            assertThat(terms(analyzer, "TGF-alpha")).isEqualTo(terms(analyzer, "TGF-α"));
            assertThat(terms(analyzer, "TNFα")).containsExactly("tnfalpha");
        }
    }

    @Test
    void aBracketedSuffixIsPartOfTheNameAndJoinsIt() throws IOException {
        try (Analyzer analyzer = EvidenceAnalyzer.forIndexing()) {
            assertThat(terms(analyzer, "loss of p27(kip1) protein"))
                    .contains("p27(kip1)", "p27", "kip1", "p27kip1", "loss", "protein");
            // A citation callout after a space stays apart from the word.
            assertThat(terms(analyzer, "activation (28)")).containsExactly("activation", "28");
        }
    }

    @Test
    void lettersAndDigitsAreNotSplit() throws IOException {
        try (Analyzer analyzer = EvidenceAnalyzer.forQuerying()) {
            assertThat(terms(analyzer, "HER2 and CDK4 or siRNA")).containsExactly("her2", "and", "cdk4", "or", "sirna");
        }
    }

    @Test
    void possessivesAndOuterPunctuationAreDropped() throws IOException {
        try (Analyzer analyzer = EvidenceAnalyzer.forIndexing()) {
            assertThat(terms(analyzer, "PTEN's role [12].")).contains("pten", "role", "12").doesNotContain("[12].");
        }
    }
}
