package io.litmine.annotators.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.litmine.annotators.PaperAnnotator;
import io.litmine.annotators.SharedPipeline;
import io.litmine.annotators.TestPapers;
import io.litmine.corpus.model.Claim;
import io.litmine.corpus.model.Evidence;
import io.litmine.corpus.model.Mechanism;
import io.litmine.corpus.model.Relation;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hand-written sentences (most from the seed review) with the exact claims the first-version rules
 * must give. Where the GUIDELINE decides, it is followed: pathways joined by "/" keep one argument
 * (PI3K/AKT), the relation is recorded as stated ("PTEN deficiency" ACTIVATES PI3K/AKT), and
 * blocking a drug's effect is CAUSES_RESISTANCE.
 */
class ClaimAnnotatorTest {

    private static PaperAnnotator annotator;

    @BeforeAll
    static void buildPipeline() {
        annotator = SharedPipeline.get();
    }

    private static List<Claim> claims(String sentence) {
        return annotator.annotate(TestPapers.of(sentence, 53)).claims();
    }

    private static Claim only(String sentence) {
        List<Claim> claims = claims(sentence);
        assertThat(claims).hasSize(1);
        return claims.get(0);
    }

    @Test
    void deniedInhibitionAndNominalActivation() {
        List<Claim> claims = claims("PTEN does not inhibit PI3K activation; thus, PTEN deficiency results in "
                + "constitutive PI3K/Akt activation (28).");
        assertThat(claims).extracting(Claim::subjectId, Claim::relation, Claim::objectId, Claim::negated).containsExactly(
                org.assertj.core.groups.Tuple.tuple("PTEN", Relation.INHIBITS, "PI3K", true),
                org.assertj.core.groups.Tuple.tuple("PTEN", Relation.ACTIVATES, "PI3K/AKT", false));
        Claim second = claims.get(1);
        assertThat(second.subject()).isEqualTo("PTEN deficiency");
        assertThat(second.object()).isEqualTo("PI3K/Akt");
        assertThat(second.citations()).containsExactly(28);
        assertThat(second.mechanism()).isEqualTo(Mechanism.DOWNSTREAM_ACTIVATION);
        assertThat(second.genes()).containsExactly("PTEN", "PI3K", "AKT");
    }

    @Test
    void aListGoesOnAfterAnAdverbOfSequence() {
        // "and subsequently" does not end the list of what EGF activates (coordination-adverbs.txt).
        assertThat(claims("EGF activates AKT and subsequently mTOR and p70S6K in these cells."))
                .extracting(Claim::subjectId, Claim::relation, Claim::objectId)
                .containsExactlyInAnyOrder(tuple("EGF", Relation.ACTIVATES, "AKT"), tuple("EGF", Relation.ACTIVATES, "MTOR"),
                        tuple("EGF", Relation.ACTIVATES, "RPS6KB1"));
    }

    @Test
    void negatedDimerisationBlock() {
        Claim c = only("Also, trastuzumab does not hinder HER2/HER3 dimerization.");
        assertThat(c.subject()).isEqualTo("trastuzumab");
        assertThat(c.subjectId()).isEqualTo("trastuzumab");
        assertThat(c.relation()).isEqualTo(Relation.INHIBITS);
        assertThat(c.object()).isEqualTo("HER2/HER3");
        assertThat(c.objectId()).isEqualTo("ERBB2/ERBB3");
        assertThat(c.negated()).isTrue();
        assertThat(c.hedged()).isFalse();
        assertThat(c.drugs()).containsExactly("trastuzumab");
    }

    @Test
    void hedgedObstructionAndMeansGerund() {
        List<Claim> claims = claims("MUC4 may obstruct the binding of trastuzumab by masking the HER2 receptor (23, 24).");
        assertThat(claims).extracting(Claim::subjectId, Claim::relation, Claim::objectId, Claim::hedged).containsExactly(
                org.assertj.core.groups.Tuple.tuple("MUC4", Relation.INHIBITS, "trastuzumab", true),
                org.assertj.core.groups.Tuple.tuple("MUC4", Relation.MASKS, "ERBB2", true));
        assertThat(claims).allSatisfy(c -> {
            assertThat(c.citations()).containsExactly(23, 24);
            assertThat(c.negated()).isFalse();
            assertThat(c.mechanism()).isEqualTo(Mechanism.HER2_ACCESS);
        });
    }

    @Test
    void antibodyDirectedAgainstIsBinding() {
        Claim c = only("Trastuzumab is a monoclonal antibody that has been humanised and is directed against HER2.");
        assertThat(c.subject()).isEqualTo("Trastuzumab");
        assertThat(c.relation()).isEqualTo(Relation.BINDS);
        assertThat(c.objectId()).isEqualTo("ERBB2");
        assertThat(c.evidence()).isEqualTo(Evidence.UNSPECIFIED);
        assertThat(c.citations()).isEmpty();
    }

    @Test
    void relativeClauseSubjectAndProcessObject() {
        List<Claim> claims = claims("IGF-1R, which interacts with HER2 in trastuzumab-resistant cell lines, "
                + "also stimulates cell proliferation (39, 40).");
        assertThat(claims).extracting(Claim::subjectId, Claim::relation, Claim::object, Claim::objectId).containsExactly(
                org.assertj.core.groups.Tuple.tuple("IGF1R", Relation.INTERACTS, "HER2", "ERBB2"),
                org.assertj.core.groups.Tuple.tuple("IGF1R", Relation.ACTIVATES, "cell proliferation", "cell proliferation"));
        assertThat(claims.get(0).evidence()).isEqualTo(Evidence.IN_VITRO);
        assertThat(claims.get(0).mechanism()).isEqualTo(Mechanism.ALTERNATIVE_SIGNALLING);
    }

    @Test
    void resistancePhraseTakesTheDrugAsObject() {
        // Coordinated subjects are split (GUIDELINE §2), one claim each.
        List<Claim> claims = claims("Coefficient expression of HER2 and IGF-1R cancers may contribute to trastuzumab resistance (44, 45).");
        assertThat(claims).extracting(Claim::subjectId).containsExactly("ERBB2", "IGF1R");
        Claim c = claims.get(1);
        assertThat(c.relation()).isEqualTo(Relation.CAUSES_RESISTANCE);
        assertThat(c.objectId()).isEqualTo("trastuzumab");
        assertThat(c.hedged()).isTrue();
        assertThat(c.genes()).containsExactly("ERBB2", "IGF1R");
    }

    @Test
    void blockingADrugsEffectIsResistance() {
        Claim c = only("Breast cancer cells with low PTEN blocked trastuzumab-mediated growth inhibition (28).");
        assertThat(c.subjectId()).isEqualTo("PTEN");
        assertThat(c.relation()).isEqualTo(Relation.CAUSES_RESISTANCE);
        assertThat(c.objectId()).isEqualTo("trastuzumab");
        assertThat(c.evidence()).isEqualTo(Evidence.UNSPECIFIED);
    }

    @Test
    void nominalDegradationOfAnEntity() {
        List<Claim> claims = claims("Resistance to trastuzumab via IGF-1R appears to involve the PI3K/Akt pathway, "
                + "resulting in increased degradation of p27 (43).");
        assertThat(claims).extracting(Claim::subjectId, Claim::relation, Claim::objectId, Claim::hedged).containsExactly(
                org.assertj.core.groups.Tuple.tuple("IGF1R", Relation.CAUSES_RESISTANCE, "trastuzumab", true),
                org.assertj.core.groups.Tuple.tuple("PI3K/AKT", Relation.DOWNREGULATES, "CDKN1B", true));
    }

    @Test
    void evidenceFromTheSentence() {
        assertThat(only("Trastuzumab treatment regresses the vasculature in a xenograft model (48).").evidence())
                .isEqualTo(Evidence.IN_VIVO);
        assertThat(only("In patients, p95HER2 is associated with trastuzumab resistance.").evidence())
                .isEqualTo(Evidence.CLINICAL);
    }

    @Test
    void noEntityOrNoCueMeansNoClaim() {
        assertThat(claims("Angiogenesis is inhibited by many factors.")).isEmpty();
        assertThat(claims("HER2 is a tyrosine kinase.")).isEmpty();
        assertThat(claims("Samples were HER2-overexpressing.")).isEmpty();
    }

    @Test
    void claimIdsAreDeterministic() {
        String sentence = "MUC4 may obstruct the binding of trastuzumab by masking the HER2 receptor (23, 24).";
        List<String> first = claims(sentence).stream().map(Claim::claimId).toList();
        List<String> second = claims(sentence).stream().map(Claim::claimId).toList();
        assertThat(first).isEqualTo(second).doesNotHaveDuplicates().allMatch(id -> id.matches("[0-9a-f]{16}"));
    }

    @Test
    void aDrugNameInsideAGeneNameDoesNotBreakArguments() {
        // "rapamycin" (a drug) lies inside "mammalian target of rapamycin" (MTOR): overlapping mentions, seen in a PLOS paper.
        String sentence = "Sirt1 and the mammalian target of rapamycin (mTOR) regulate aging/rapamycin responses.";
        assertThat(annotator.annotate(TestPapers.of(sentence, 53)).mentions()).isNotEmpty();
    }
}
