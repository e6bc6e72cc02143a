package io.litmine.annotators.model;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.FeatureFactory;
import edu.stanford.nlp.util.PaddedList;
import io.litmine.annotators.LitmineAnnotations;
import io.litmine.corpus.model.EntityType;
import io.litmine.corpus.model.Mention;
import io.litmine.corpus.model.Span;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionFeaturesTest {

    private final MentionFeatures features = new MentionFeatures();

    @Test
    void shapesKeepCaseDigitsAndGreekApart() {
        assertThat(MentionFeatures.shape("BRCA1")).isEqualTo("Xd");
        assertThat(MentionFeatures.shape("p27kip1")).isEqualTo("xdxd");
        assertThat(MentionFeatures.shape("Ras")).isEqualTo("Xx");
        assertThat(MentionFeatures.shape("IL-2")).isEqualTo("X-d");
        assertThat(MentionFeatures.shape("TGFα")).isEqualTo("Xg");
        assertThat(MentionFeatures.shape("ER")).isEqualTo("XX");
    }

    @Test
    void tokenFeaturesReadTheWordItsNeighboursAndTheLexicon() {
        PaddedList<CoreLabel> sentence = sentence("Expression of HER2 protein");
        sentence.get(2).set(LitmineAnnotations.LexiconTagAnnotation.class, MentionModel.B);
        Collection<String> found = features.getCliqueFeatures(sentence, 2, FeatureFactory.cliqueC);
        assertThat(found).contains("W=HER2|C", "W-1=of|C", "W+1=protein|C", "W-2=expression|C", "W+2=<pad>|C",
                "WW+1=her2_protein|C", "P1=H|C", "S4=HER2|C", "SH=Xd|C", "SH-1=xx|C", "SH3=xx_Xd_x|C",
                "LX=B|C", "LX-1=O|C", "LXSH=B_Xd|C",
                "NG=<HE|C", "NG=ER2>|C", "WL=her2|C", "W-3=<pad>|C", "LEN=4|C", "LX+2=O|C");
        // 23 word, affix, shape and lexicon features, 7 character n-grams of "<HER2>", 6 wider-window ones.
        assertThat(found).hasSize(36);
        assertThat(found).allMatch(f -> f.endsWith("|C"));
    }

    @Test
    void theSentenceEdgesArePaddedNotRead() {
        PaddedList<CoreLabel> sentence = sentence("PTEN");
        assertThat(features.getCliqueFeatures(sentence, 0, FeatureFactory.cliqueC))
                .contains("W-1=<pad>|C", "W+1=<pad>|C", "SH3=<pad>_X_<pad>|C", "LX-1=O|C");
        assertThat(features.getCliqueFeatures(sentence, 0, FeatureFactory.cliqueCpC))
                .containsExactly("PSEQ|CpC", "PSEQSH=X|CpC", "PSEQLX=O_O|CpC");
    }

    @Test
    void lexiconTagsMarkWhereADictionaryMentionStartsAndGoesOn() {
        String text = "p27 kip1 and PTEN";
        List<Span> pieces = List.of(new Span(0, 3), new Span(4, 8), new Span(9, 12), new Span(13, 17));
        List<CoreLabel> labels = new ArrayList<>();
        pieces.forEach(p -> labels.add(MentionModel.label(text.substring(p.start(), p.end()))));
        List<Mention> dictionary = List.of(
                new Mention("p27 kip1", 0, 8, EntityType.GENE, "CDKN1B", "HGNC:1785"),
                new Mention("PTEN", 13, 17, EntityType.GENE, "PTEN", "HGNC:9588"));
        MentionModel.tagLexicon(pieces, dictionary, labels);
        assertThat(labels).extracting(l -> l.get(LitmineAnnotations.LexiconTagAnnotation.class))
                .containsExactly("B-S", "I-S", "O", "B-N");
    }

    private static PaddedList<CoreLabel> sentence(String words) {
        List<CoreLabel> labels = new ArrayList<>();
        for (String w : words.split(" ")) {
            labels.add(MentionModel.label(w));
        }
        return new PaddedList<>(labels, new CoreLabel());
    }
}
