package io.litmine.annotators.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.litmine.corpus.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelTokensTest {

    @Test
    void splitsLikeTheBioNlpSets() {
        String text = "S-100 and IL-2Rα (p53).";
        List<Span> tokens = List.of(new Span(0, 5), new Span(6, 9), new Span(10, 16), new Span(17, 18),
                new Span(18, 21), new Span(21, 22), new Span(22, 23));
        assertThat(ModelTokens.split(text, tokens)).extracting(s -> text.substring(s.start(), s.end()))
                .containsExactly("S", "-", "100", "and", "IL", "-", "2Rα", "(", "p53", ")", ".");
    }
}
