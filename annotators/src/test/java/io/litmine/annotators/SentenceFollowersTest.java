package io.litmine.annotators;

import static org.assertj.core.api.Assertions.assertThat;

import io.litmine.corpus.model.Sentence;
import org.junit.jupiter.api.Test;

/**
 * Superscript callouts after a full stop (JATS "species.&lt;xref&gt;116&lt;/xref&gt;", extracted as "species. 116")
 * end their sentence, not start the next. The price: a sentence that begins with a bare number joins
 * the one before, which scientific style avoids anyway.
 */
class SentenceFollowersTest {

    @Test
    void numbersRightAfterTheFullStopStayWithTheirSentence() {
        var paper = SharedPipeline.get().annotate(TestPapers.of(
                "Safingol generates reactive oxygen species. 116 Safingol induces apoptosis in OSCC. 14, 16, 17 AKT is active.", 0));
        assertThat(paper.sentences()).extracting(Sentence::text).containsExactly(
                "Safingol generates reactive oxygen species. 116",
                "Safingol induces apoptosis in OSCC. 14, 16, 17",
                "AKT is active.");
    }
}
