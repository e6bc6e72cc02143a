package io.litmine.bench.modality;

import static org.assertj.core.api.Assertions.assertThat;

import io.litmine.annotators.claim.modality.CueKind;
import io.litmine.annotators.claim.modality.ModalityCues;
import io.litmine.bench.eval.Prf;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The BioScope reader and the token scorer on a two-sentence file written in BioScope's format. */
class BioScopeCorpusTest {

    private static final String TEXT = "These results indicate that IL-2 is not required & sufficient.";

    private static List<BioScopeSentence> sample() throws Exception {
        return BioScopeCorpus.read(Path.of(BioScopeCorpusTest.class.getResource("sample.xml").toURI()));
    }

    @Test
    void sentencesKeepTheirTextAndCueSpans() throws Exception {
        List<BioScopeSentence> sentences = sample();
        assertThat(sentences).extracting(BioScopeSentence::id).containsExactly("S1.1", "S2.1");
        assertThat(sentences).extracting(BioScopeSentence::document).containsExactly(0, 1);
        BioScopeSentence s = sentences.get(0);
        assertThat(s.text()).isEqualTo(TEXT);
        assertThat(s.cues()).containsExactly(new GoldCue(CueKind.SPECULATION, 14, 27), new GoldCue(CueKind.NEGATION, 36, 39));
        assertThat(s.text().substring(14, 27)).isEqualTo("indicate that");
        assertThat(sentences.get(1).cues()).isEmpty();
    }

    @Test
    void everyTokenOfAGoldCueIsToBeFound() throws Exception {
        BioScopeSentence s = sample().get(0);
        // These results indicate that IL-2 is not required & sufficient .
        List<TaggedSentence.Token> tokens = List.of(token("These", 0), token("results", 6), token("indicate", 14), token("that", 23),
                token("IL-2", 28), token("is", 33), token("not", 36), token("required", 40), token("&", 49), token("sufficient", 51),
                token(".", 61));
        // negation right; speculation: "indicate" found, "that" missed, "required" a false positive
        TaggedSentence tagged = new TaggedSentence(s, tokens, new ModalityCues(new TreeSet<>(Set.of(6)), new TreeSet<>(Set.of(2, 7))));
        CueScore score = CueScorer.score(List.of(tagged));
        assertThat(score.negation()).isEqualTo(new Prf(1, 0, 0));
        assertThat(score.speculation()).isEqualTo(new Prf(1, 1, 1));
        assertThat(score.cuesHit()).containsEntry(CueKind.SPECULATION, 1).containsEntry(CueKind.NEGATION, 1);
        assertThat(score.unaligned()).isZero();
        assertThat(score.errors()).extracting(CueErrors::render)
                .containsExactly("These results <indicate that> IL-2 is [not] »required« & sufficient.",
                        "These results <indicate »that«> IL-2 is [not] required & sufficient.");
    }

    private static TaggedSentence.Token token(String word, int begin) {
        return new TaggedSentence.Token(word, word.toLowerCase(), begin, begin + word.length());
    }
}
