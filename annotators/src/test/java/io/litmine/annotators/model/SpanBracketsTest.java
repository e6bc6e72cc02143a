package io.litmine.annotators.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.litmine.corpus.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpanBracketsTest {

    private static List<String> cut(String text, String span) {
        int at = text.indexOf(span);
        return SpanBrackets.cut(text, new Span(at, at + span.length())).stream()
                .map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void anUnmatchedBracketSplitsTheSpan() {
        String text = "Both transforming growth factor α (TGF α) and EGF.";
        assertThat(cut(text, "transforming growth factor α (TGF α")).containsExactly("transforming growth factor α", "TGF α");
    }

    @Test
    void aTrailingGroupWithoutLettersIsACitationNotAName() {
        String text = "The HER2 protein (5) was high.";
        assertThat(cut(text, "HER2 protein (5)")).containsExactly("HER2 protein");
    }

    @Test
    void balancedBracketsWithLettersStay() {
        String text = "The interleukin 2 (IL-2) receptor and 160 kDa (DRS) protein.";
        assertThat(cut(text, "interleukin 2 (IL-2) receptor")).containsExactly("interleukin 2 (IL-2) receptor");
        assertThat(cut(text, "160 kDa (DRS) protein")).containsExactly("160 kDa (DRS) protein");
    }

    @Test
    void partsWithoutLettersOrDigitsAreDropped() {
        String text = "see ( 1 ) here";
        assertThat(cut(text, "( 1 )")).isEmpty();
        String other = "PTEN ( loss";
        assertThat(cut(other, "PTEN (")).containsExactly("PTEN");
    }
}
