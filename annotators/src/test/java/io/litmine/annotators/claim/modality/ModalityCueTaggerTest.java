package io.litmine.annotators.claim.modality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cue tagger on sentences written for the test, one per kind of rule in modality-cue-rules.tsv;
 * each asserts the exact cue words of both kinds, BioScope style.
 */
class ModalityCueTaggerTest {

    private static StanfordCoreNLP pipeline;
    private static ModalityCueTagger tagger;

    @BeforeAll
    static void load() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        props.setProperty("ssplit.isOneSentence", "true");
        pipeline = new StanfordCoreNLP(props);
        tagger = ModalityCueTagger.load();
    }

    /** The sentence's cue words: negation cues, then "|", then speculation cues. */
    private static List<String> cues(String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        CoreMap sentence = doc.get(CoreAnnotations.SentencesAnnotation.class).get(0);
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        ModalityCues cues = tagger.tag(sentence);
        List<String> out = new ArrayList<>();
        cues.negation().forEach(i -> out.add(tokens.get(i).word()));
        out.add("|");
        cues.speculation().forEach(i -> out.add(tokens.get(i).word()));
        return out;
    }

    @Test
    void singleWordCuesComeFromTheClaimExtractorsList() {
        assertThat(cues("Cells lacking p50 did not respond, suggesting that p50 may be required."))
                .containsExactly("lacking", "not", "|", "suggesting", "may");
    }

    @Test
    void multiWordCuesAreTaggedWhole() {
        assertThat(cues("These results indicate that IL-2 acts via NF-kappa B rather than AP-1."))
                .containsExactly("rather", "than", "|", "indicate", "that");
        assertThat(cues("The factor cannot bind DNA in the absence of serum."))
                .containsExactly("can", "not", "absence", "|");
        assertThat(cues("A role for AP-1 cannot be excluded.")).containsExactly("|", "can", "not", "be", "excluded");
    }

    @Test
    void notOnlyAndDegreeAdverbsDenyNothing() {
        assertThat(cues("NAC not only blocks the effect of TPCK but also enhances mitogenesis.")).containsExactly("|");
        assertThat(cues("NAC did not significantly affect IgE production.")).containsExactly("|");
    }

    @Test
    void whatIsNotKnownIsSpeculation() {
        assertThat(cues("It is not yet known whether NF-AT or AP-1 binds this site."))
                .containsExactly("|", "not", "known", "whether", "or");
    }

    @Test
    void orAndEitherAreCuesOnlyAmongUncertainAlternatives() {
        assertThat(cues("Cells were treated with either PMA or TNF for 2 h.")).containsExactly("|");
        assertThat(cues("These data suggest that either PKC or PTK is involved."))
                .containsExactly("|", "suggest", "either", "or");
    }

    @Test
    void couldReportingWhatWasPossibleIsNoHedge() {
        assertThat(cues("We could show that the complex could be detected within 30 min.")).containsExactly("|");
        assertThat(cues("This factor could contribute to the disease.")).containsExactly("|", "could");
        assertThat(cues("The complex could not be detected.")).containsExactly("not", "|");
    }

    @Test
    void nitricOxideAndNucleotidesAreNoNegation() {
        assertThat(cues("NO inhibits the promoter region from nt -1609 to +178.")).containsExactly("|");
        assertThat(cues("No binding was observed.")).containsExactly("No", "|");
    }

    @Test
    void seemingIsSpeculationShowingUpIsNot() {
        assertThat(cues("A published erratum appears in J Immunol.")).containsExactly("|");
        assertThat(cues("NF-kappa B appears to be activated by TNF.")).containsExactly("|", "appears");
    }

    @Test
    void aCueIsOneKindOnly() {
        ModalityCues cues = new ModalityCues(new TreeSet<>(Set.of(1)), new TreeSet<>(Set.of(2)));
        assertThat(cues.of(CueKind.NEGATION)).containsExactly(1);
        assertThatThrownBy(() -> new ModalityCues(new TreeSet<>(Set.of(1)), new TreeSet<>(Set.of(1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMalformedResourceIsReportedWithItsLine() {
        assertThatThrownBy(() -> CueResources.rules("/io/litmine/annotators/claim/modality/bad-kind-rules.tsv"))
                .isInstanceOf(ModalityCueException.class).hasMessageContaining("bad-kind-rules.tsv line 2").hasMessageContaining("negaton");
        assertThatThrownBy(() -> CueResources.rules("/io/litmine/annotators/claim/modality/context-only-rules.tsv"))
                .isInstanceOf(ModalityCueException.class).hasMessageContaining("line 2");
        assertThatThrownBy(() -> CueResources.cues("/io/litmine/annotators/claim/modality/bad-cues.tsv"))
                .isInstanceOf(ModalityCueException.class).hasMessageContaining("bad-cues.tsv line 2");
        assertThatThrownBy(() -> CueResources.cues("/io/litmine/annotators/claim/modality/absent.tsv"))
                .isInstanceOf(ModalityCueException.class).hasMessageContaining("missing");
    }
}
