package io.litmine.annotators.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.litmine.annotators.SharedPipeline;
import io.litmine.corpus.model.CitationCheck;
import io.litmine.corpus.model.Claim;
import io.litmine.corpus.model.Paper;
import io.litmine.corpus.model.Reference;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The citation check: cited titles are tagged with the lexicon, so synonyms count. */
class CitationCheckTest {

    private static Reference ref(int i, String title) {
        return new Reference(Integer.toString(i), i, "A B. " + title + ". J. 2020.", List.of("A B"), title, "J", 2020,
                null, null, null, null, null);
    }

    private static List<Claim> claims(String text) {
        List<Reference> refs = List.of(
                ref(1, "ErbB2 signalling and resistance to targeted therapy"),
                ref(2, "Cardiotoxicity of anthracyclines in elderly patients"),
                ref(3, "Lapatinib in metastatic disease"));
        Paper paper = new Paper("p", "p.txt", "t", text, List.of(), refs, text.length());
        return SharedPipeline.get().annotate(paper).claims();
    }

    @Test
    void aTitleNamingASynonymSupportsTheClaim() {
        Claim c = claims("Lapatinib inhibits HER2 (1, 3).").get(0);
        assertThat(c.supportedCitations()).containsExactly(1, 3);
        assertThat(c.citationCheck()).isEqualTo(CitationCheck.TITLE_SUPPORTED);
    }

    @Test
    void aTitleAboutSomethingElseLeavesTheClaimUnverified() {
        Claim c = claims("MUC4 binds HER2 (1, 2).").get(0);
        assertThat(c.supportedCitations()).containsExactly(1);
        assertThat(c.citationSupported(2)).isFalse();
        assertThat(c.citationCheck()).isEqualTo(CitationCheck.UNVERIFIED);
    }

    @Test
    void noCitationIsNone() {
        assertThat(claims("MUC4 binds HER2.").get(0).citationCheck()).isEqualTo(CitationCheck.NONE);
    }
}
