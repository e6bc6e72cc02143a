package io.litmine.annotators.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.litmine.annotators.SharedPipeline;
import io.litmine.annotators.TestPapers;
import io.litmine.corpus.model.Relation;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * One regression test per extraction mechanism of the second round, on sentences written for the
 * test, each asserting the exact claims: (subjectId, relation, objectId, negated, hedged). A process
 * argument's id is its label (GUIDELINE §5).
 */
class ClaimMechanismsTest {

    private static List<Tuple> keys(String sentence) {
        return SharedPipeline.get().annotate(TestPapers.of(sentence, 20)).claims().stream()
                .map(c -> tuple(c.subjectId(), c.relation(), c.objectId(), c.negated(), c.hedged())).toList();
    }

    @Test
    void aNominalisationWithBetweenRelatesItsTwoSides() {
        assertThat(keys("We found a strong correlation between EGFR amplification and lapatinib resistance."))
                .containsExactly(tuple("EGFR", Relation.ASSOCIATED_WITH, "lapatinib resistance", false, false));
    }

    @Test
    void treatmentWithADrugIsTheAgentOfAnObservedChange() {
        assertThat(keys("A marked decrease in cell migration was seen after treatment with gefitinib."))
                .containsExactly(tuple("gefitinib", Relation.INHIBITS, "cell migration", false, false));
        assertThat(keys("Enhanced apoptosis was observed in response to lapatinib."))
                .containsExactly(tuple("lapatinib", Relation.ACTIVATES, "apoptosis", false, false));
    }

    @Test
    void anAgentlessPassiveTakesItsCauseFromATemporalClause() {
        assertThat(keys("Cell migration was reduced when EGFR was silenced."))
                .containsExactly(tuple("EGFR", Relation.INHIBITS, "cell migration", false, false));
    }

    @Test
    void aDrugLessEffectiveInThePresenceOfXMeansXCausesResistance() {
        // The weakened effect itself is no claim (GUIDELINE §2).
        assertThat(keys("Lapatinib was less effective at blocking cell growth in the presence of heregulin."))
                .containsExactly(tuple("NRG1", Relation.CAUSES_RESISTANCE, "lapatinib", false, false));
        assertThat(keys("Loss of PTEN reduces the benefit of lapatinib."))
                .containsExactly(tuple("PTEN", Relation.CAUSES_RESISTANCE, "lapatinib", false, false));
    }

    @Test
    void anInhibitoryPropertyIsInhibition() {
        assertThat(keys("Silencing SKP2 has growth inhibitory effects."))
                .containsExactly(tuple("SKP2", Relation.INHIBITS, "cell growth", false, false));
    }

    @Test
    void aDimerAloneIsAnInteractingPair() {
        assertThat(keys("The assay detected interactions with EGFR/HER3 in these cells."))
                .containsExactly(tuple("EGFR", Relation.INTERACTS, "ERBB3", false, false));
    }

    @Test
    void coordinatedVerbsShareTheirSubject() {
        // Reducing an entity's activity is INHIBITS; DOWNREGULATES is about its amount (GUIDELINE §4).
        assertThat(keys("Lapatinib blocks EGFR signalling and reduces AKT activity."))
                .containsExactly(tuple("lapatinib", Relation.INHIBITS, "EGFR", false, false),
                        tuple("lapatinib", Relation.INHIBITS, "AKT", false, false));
    }

    @Test
    void argumentsDoNotCrossClauseBreaksOrPrepositions() {
        // "sustains proliferation" is CDK4's claim; nothing pairs across "despite" or the second "how" clause.
        assertThat(keys("We show how CDK4 sustains proliferation despite EGFR blockade, and how immunity contributes to the activity of pertuzumab."))
                .containsExactly(tuple("CDK4", Relation.ACTIVATES, "cell proliferation", false, false));
        // The binder is the agent of what its binding does ("the binding of hyaluronan to CD44 enables PI3K/Akt
        // activation" has hyaluronan ACTIVATES PI3K/AKT in the gold); HER3, inside "to HER3", activates nothing.
        assertThat(keys("The binding of heregulin to HER3 activates AKT."))
                .containsExactly(tuple("NRG1", Relation.BINDS, "ERBB3", false, false),
                        tuple("NRG1", Relation.ACTIVATES, "AKT", false, false));
    }

    @Test
    void sampleDescriptorsAreNoArguments() {
        assertThat(keys("Mechanisms of lapatinib resistance in EGFR-positive cancer")).isEmpty();
    }

    @Test
    void aGenericEnzymeClassCanBeTheSubject() {
        assertThat(keys("Metalloproteases cleave the ectodomain of HER4."))
                .containsExactly(tuple("metalloprotease", Relation.CLEAVES, "ERBB4", false, false));
    }

    @Test
    void aHedgeInALaterThatClauseDoesNotHedgeTheClaim() {
        assertThat(keys("The upregulation of IGF-1R following treatment with lapatinib suggests that IGF-1R may act as an escape route."))
                .containsExactly(tuple("lapatinib", Relation.UPREGULATES, "IGF1R", false, false));
    }

    @Test
    void lostSensitivityIsTheDrugsResistance() {
        assertThat(keys("Loss of sensitivity to lapatinib was linked to MET amplification."))
                .containsExactly(tuple("MET", Relation.ASSOCIATED_WITH, "lapatinib resistance", false, false));
    }
}
