package io.litmine.annotators.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.litmine.annotators.SharedPipeline;
import io.litmine.annotators.TestPapers;
import io.litmine.corpus.model.Claim;
import io.litmine.corpus.model.Relation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One regression test per phenomenon the issue names, on sentences written for the test (not the
 * seed's), each asserting the exact claims: (subjectId, relation, objectId, negated, hedged).
 */
class ClaimPhenomenaTest {

    private static List<Claim> claims(String sentence) {
        return SharedPipeline.get().annotate(TestPapers.of(sentence, 20)).claims();
    }

    private static List<org.assertj.core.groups.Tuple> keys(String sentence) {
        return claims(sentence).stream()
                .map(c -> tuple(c.subjectId(), c.relation(), c.objectId(), c.negated(), c.hedged())).toList();
    }

    @Test
    void negation() {
        assertThat(keys("In these cells gefitinib fails to inhibit EGFR."))
                .containsExactly(tuple("gefitinib", Relation.INHIBITS, "EGFR", true, false));
        assertThat(keys("Mutant PTEN no longer inhibits AKT."))
                .containsExactly(tuple("PTEN", Relation.INHIBITS, "AKT", true, false));
    }

    @Test
    void hedging() {
        assertThat(keys("IGF-1R may activate AKT in resistant tumours."))
                .containsExactly(tuple("IGF1R", Relation.ACTIVATES, "AKT", false, true));
        assertThat(keys("These data suggest that lapatinib inhibits HER3."))
                .containsExactly(tuple("lapatinib", Relation.INHIBITS, "ERBB3", false, true));
    }

    @Test
    void nestedEventsKeepThePolarityAsStated() {
        // GUIDELINE §3: the manipulation stays in the surface text, no polarity inversion.
        List<Claim> claims = claims("PTEN deficiency leads to AKT activation.");
        assertThat(claims).extracting(Claim::subject, Claim::subjectId, Claim::relation, Claim::objectId)
                .containsExactly(tuple("PTEN deficiency", "PTEN", Relation.ACTIVATES, "AKT"));
        assertThat(keys("Lapatinib inhibits the phosphorylation of HER3."))
                .containsExactly(tuple("lapatinib", Relation.INHIBITS, "ERBB3", false, false));
    }

    @Test
    void aTitleOrHeadingAssertsNothing() {
        assertThat(keys("PTEN Loss in Resistance to Lapatinib")).isEmpty();
        assertThat(keys("PTEN loss confers resistance to lapatinib")).containsExactly(
                tuple("PTEN", Relation.CAUSES_RESISTANCE, "lapatinib", false, false));
    }

    @Test
    void resistanceAndSensitivityAreRelationsToTheDrug() {
        assertThat(keys("MUC4 confers resistance to lapatinib."))
                .containsExactly(tuple("MUC4", Relation.CAUSES_RESISTANCE, "lapatinib", false, false));
        assertThat(keys("Silencing of CD44 could reverse resistance to pertuzumab."))
                .containsExactly(tuple("CD44", Relation.RESTORES_SENSITIVITY, "pertuzumab", false, true));
    }

    @Test
    void coordinatedArgumentsAreSplit() {
        assertThat(keys("Lapatinib inhibits EGFR and HER2."))
                .containsExactly(tuple("lapatinib", Relation.INHIBITS, "EGFR", false, false),
                        tuple("lapatinib", Relation.INHIBITS, "ERBB2", false, false));
        assertThat(keys("Gefitinib, erlotinib and lapatinib inhibit EGFR."))
                .containsExactly(tuple("gefitinib", Relation.INHIBITS, "EGFR", false, false),
                        tuple("erlotinib", Relation.INHIBITS, "EGFR", false, false),
                        tuple("lapatinib", Relation.INHIBITS, "EGFR", false, false));
        // A "/" pathway stays one argument.
        assertThat(keys("PTEN inhibits PI3K/Akt signalling."))
                .containsExactly(tuple("PTEN", Relation.INHIBITS, "PI3K/AKT", false, false));
    }

    @Test
    void aCitationAtTheEndOfTheNextClauseBacksTheFirstClaim() {
        List<Claim> claims = claims("EGFR activates AKT, and this effect was later confirmed in several models (7, 9).");
        assertThat(claims).extracting(Claim::subjectId, Claim::relation, Claim::objectId)
                .containsExactly(tuple("EGFR", Relation.ACTIVATES, "AKT"));
        assertThat(claims.get(0).citations()).containsExactly(7, 9);
    }

    @Test
    void overLongSentencesAreSkipped() {
        String debris = "EGFR activates AKT " + "and 1 ".repeat(200) + ".";
        assertThat(claims(debris)).isEmpty();
        assertThat(claims("EGFR activates AKT.")).hasSize(1);
    }

    @Test
    void processesOfCellsTakeOneLabel() {
        // Bare, "cellular" and "<kind> cell" mentions of a cell process are "cell X"; other modifiers stay.
        assertThat(keys("Silencing of EGFR inhibited migration and invasion of breast cancer cells."))
                .containsExactly(tuple("EGFR", Relation.INHIBITS, "cell migration", false, false),
                        tuple("EGFR", Relation.INHIBITS, "cell invasion", false, false));
        assertThat(keys("STAT3 promotes glioblastoma cell proliferation and tumour growth."))
                .containsExactly(tuple("STAT3", Relation.ACTIVATES, "cell proliferation", false, false),
                        tuple("STAT3", Relation.ACTIVATES, "tumour growth", false, false));
        assertThat(keys("TGF-beta induces cell apoptosis in these cells."))
                .containsExactly(tuple("TGFB1", Relation.ACTIVATES, "apoptosis", false, false));
    }

    @Test
    void anAssayStimulusIsNoArgument() {
        // GUIDELINE §2: "EGF-induced" names what the experiment applied; the claim is about what acts on it.
        assertThat(keys("Inhibition of STAT3 reduces EGF-induced CCR1 transcription."))
                .containsExactly(tuple("STAT3", Relation.DOWNREGULATES, "CCR1", false, false));
        assertThat(keys("Lapatinib blocked insulin-stimulated AKT phosphorylation."))
                .containsExactly(tuple("lapatinib", Relation.INHIBITS, "AKT", false, false));
        assertThat(keys("The EGF-induced activation of ERK was studied in these cells.")).isEmpty();
        // A drug's effect stays what the drug does.
        assertThat(keys("AKT inhibition sensitizes tumour cells to trastuzumab-induced apoptosis."))
                .containsExactly(tuple("AKT", Relation.RESTORES_SENSITIVITY, "trastuzumab", false, false));
    }

    @Test
    void aRelativeClauseOnAPredicateNominalIsSaidOfTheCopulasSubject() {
        // "PTEN is a phosphatase that ...": the class word describes PTEN, who acts.
        assertThat(keys("PTEN is a lipid phosphatase that inhibits AKT signalling."))
                .containsExactly(tuple("PTEN", Relation.INHIBITS, "AKT", false, false));
        // "plays a role in X" with "in X" parsed on the verb; one claim per conjunct.
        assertThat(keys("The PI-3-kinases are a lipid kinase family that plays a key role in cell proliferation and survival."))
                .containsExactly(tuple("PI3K", Relation.ASSOCIATED_WITH, "cell proliferation", false, false),
                        tuple("PI3K", Relation.ASSOCIATED_WITH, "cell survival", false, false));
    }

    @Test
    void aCarrierObjectStandsForWhatItIsOfAndAHeadBeforeAHeadIsItsModifier() {
        assertThat(keys("STAT3 has a significant impact on the processes of carcinogenesis."))
                .containsExactly(tuple("STAT3", Relation.ASSOCIATED_WITH, "carcinogenesis", false, false));
        // "growth arrest" is one process, not growth and arrest.
        assertThat(keys("High doses of EGF induce growth arrest in these cells."))
                .containsExactly(tuple("EGF", Relation.ACTIVATES, "growth arrest", false, false));
    }

    @Test
    void clinicalOutcomesAndTargetedTherapiesAreNoArguments() {
        // GUIDELINE §2: clinical outcome statistics are no claims; "EGFR-targeted therapies" are no EGFR.
        assertThat(keys("Decreased PTPN13 expression correlates with decreased overall survival.")).isEmpty();
        assertThat(keys("High expression of S1PR4 is associated with shorter disease-free and disease-specific survival.")).isEmpty();
        assertThat(keys("Epidermal growth factor receptor (EGFR)-targeted therapies inhibit cellular proliferation.")).isEmpty();
        assertThat(keys("AKT promotes cell survival."))
                .containsExactly(tuple("AKT", Relation.ACTIVATES, "cell survival", false, false));
    }

    @Test
    void aTherapyThatIsNoDrugIsTheObjectOfResistance() {
        assertThat(keys("Loss of PTEN confers resistance to chemotherapy."))
                .containsExactly(tuple("PTEN", Relation.CAUSES_RESISTANCE, "chemotherapy", false, false));
        assertThat(keys("High expression of SOX2 contributes to radioresistance."))
                .containsExactly(tuple("SOX2", Relation.CAUSES_RESISTANCE, "radiotherapy", false, false));
        assertThat(keys("AKT inhibition sensitizes tumour cells to radiation-induced apoptosis."))
                .containsExactly(tuple("AKT", Relation.RESTORES_SENSITIVITY, "radiotherapy", false, false));
        // Outside a resistance relation the phenotype stays one.
        assertThat(keys("SGPP1 has been associated with drug resistance in ovarian cancer."))
                .containsExactly(tuple("SGPP1", Relation.ASSOCIATED_WITH, "drug resistance", false, false));
    }

    @Test
    void aConjunctDeniedOnItsOwnIsNegated() {
        assertThat(keys("STAT3 promotes glioblastoma cell proliferation but not tumour growth."))
                .containsExactly(tuple("STAT3", Relation.ACTIVATES, "cell proliferation", false, false),
                        tuple("STAT3", Relation.ACTIVATES, "tumour growth", true, false));
    }
}
