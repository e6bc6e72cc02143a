package io.litmine.annotators.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.litmine.annotators.SharedPipeline;
import io.litmine.annotators.TestPapers;
import io.litmine.corpus.model.ArgumentState;
import io.litmine.corpus.model.Claim;
import io.litmine.corpus.model.Relation;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The parse-based extractor ({@code claims.extractor=syntax}) on sentences written for the test, one
 * test per construction of claim-patterns.semgrex and per argument-state, negation and hedging rule.
 * Each asserts the exact claims: (subjectId, subjectState, relation, objectId, negated, hedged).
 */
class SyntacticClaimsTest {

    private static StanfordCoreNLP syntax;

    @BeforeAll
    static void pipeline() {
        syntax = ClaimPipelines.with("syntax");
    }

    private static List<Claim> claims(String text) {
        return ClaimPipelines.claims(syntax, text);
    }

    private static List<Tuple> keys(String text) {
        return claims(text).stream().map(c -> tuple(c.subjectId(), c.subjectState(), c.relation(), c.objectId(),
                c.negated(), c.hedged())).toList();
    }

    private static final ArgumentState NONE = ArgumentState.NONE;
    private static final ArgumentState LOSS = ArgumentState.LOSS;

    @Test
    void aLostSubjectKeepsTheRelationAsWrittenAndInvertsTheNetRelation() {
        List<Claim> claims = claims("Loss of PTEN activates PI3K/AKT signalling and confers resistance to trastuzumab (6).");
        assertThat(claims).extracting(Claim::subject, Claim::subjectId, Claim::subjectState, Claim::relation,
                        Claim::objectId, Claim::netRelation)
                .containsExactlyInAnyOrder(
                        tuple("Loss of PTEN", "PTEN", LOSS, Relation.ACTIVATES, "PI3K/AKT", Relation.INHIBITS),
                        tuple("Loss of PTEN", "PTEN", LOSS, Relation.CAUSES_RESISTANCE, "trastuzumab", Relation.RESTORES_SENSITIVITY));
        assertThat(keys("CDK2 inhibition restores sensitivity to trastuzumab."))
                .containsExactly(tuple("CDK2", LOSS, Relation.RESTORES_SENSITIVITY, "trastuzumab", false, false));
        assertThat(keys("PTEN deficiency results in constitutive PI3K/Akt activation."))
                .containsExactly(tuple("PTEN", LOSS, Relation.ACTIVATES, "PI3K/AKT", false, false));
    }

    @Test
    void activeAndPassiveVerbs() {
        assertThat(keys("Trastuzumab blocked HER2 phosphorylation."))
                .containsExactly(tuple("trastuzumab", NONE, Relation.INHIBITS, "ERBB2", false, false));
        assertThat(keys("HER2 phosphorylation was inhibited by trastuzumab."))
                .containsExactly(tuple("trastuzumab", NONE, Relation.INHIBITS, "ERBB2", false, false));
    }

    @Test
    void nominalisations() {
        assertThat(keys("The inhibition of HER2 cleavage by trastuzumab was observed."))
                .containsExactly(tuple("trastuzumab", NONE, Relation.INHIBITS, "ERBB2", false, false));
        assertThat(keys("We propose that IGF-1R-dependent degradation of p27 contributes to resistance."))
                .contains(tuple("IGF1R", NONE, Relation.DOWNREGULATES, "CDKN1B", false, true));
    }

    @Test
    void anEventBetweenTwoConjunctsIsOneClaimBetweenThem() {
        // "between X and Y": the two are the pair, once, in the order written (not members of one list).
        assertThat(keys("We describe a novel interaction between HER2 and CD44."))
                .containsExactly(tuple("ERBB2", NONE, Relation.INTERACTS, "CD44", false, false));
    }

    @Test
    void aCopularRelationalNounGivesOneClaimPerConjunct() {
        assertThat(keys("Lapatinib is an inhibitor of EGFR, HER2 and HER3.")).containsExactlyInAnyOrder(
                tuple("lapatinib", NONE, Relation.INHIBITS, "EGFR", false, false),
                tuple("lapatinib", NONE, Relation.INHIBITS, "ERBB2", false, false),
                tuple("lapatinib", NONE, Relation.INHIBITS, "ERBB3", false, false));
    }

    @Test
    void appositionsAndClassDescriptorsAreNoClaims() {
        assertThat(keys("Erlotinib, an EGFR inhibitor, was given to the patients.")).isEmpty();
        assertThat(keys("The EGFR inhibitor erlotinib was given to the patients.")).isEmpty();
    }

    @Test
    void relativeClausesAndPurposeGerunds() {
        assertThat(keys("IGF-1R, which interacts with HER2, is overexpressed in these tumours."))
                .containsExactly(tuple("IGF1R", NONE, Relation.INTERACTS, "ERBB2", false, false));
        assertThat(keys("Trastuzumab is approved for inhibiting HER2 activity."))
                .containsExactly(tuple("trastuzumab", NONE, Relation.INHIBITS, "ERBB2", false, false));
    }

    @Test
    void blockingADrugsEffectIsResistanceToIt() {
        assertThat(keys("PTEN blocked trastuzumab-mediated growth inhibition."))
                .containsExactly(tuple("PTEN", NONE, Relation.CAUSES_RESISTANCE, "trastuzumab", false, false));
    }

    @Test
    void negationFromTheParse() {
        assertThat(keys("While PTEN did not inhibit AKT, trastuzumab blocked HER2 phosphorylation.")).containsExactlyInAnyOrder(
                tuple("PTEN", NONE, Relation.INHIBITS, "AKT", true, false),
                tuple("trastuzumab", NONE, Relation.INHIBITS, "ERBB2", false, false));
        assertThat(keys("IGF-1R failed to activate AKT."))
                .containsExactly(tuple("IGF1R", NONE, Relation.ACTIVATES, "AKT", true, false));
        assertThat(keys("Mutant PTEN no longer inhibits AKT."))
                .extracting(t -> t.toList().get(4)).containsOnly(true);
    }

    @Test
    void aHedgeGovernsItsOwnClauseOnly() {
        assertThat(keys("Trastuzumab inhibits HER2, and these results suggest that HER3 may activate PI3K.")).containsExactlyInAnyOrder(
                tuple("trastuzumab", NONE, Relation.INHIBITS, "ERBB2", false, false),
                tuple("ERBB3", NONE, Relation.ACTIVATES, "PI3K", false, true));
    }

    @Test
    void figuresAndNumbersAreNeverArguments() {
        assertThat(claims("Knockdown of MUC4 reduced the signal in Fig 3 by 40 %.")).isEmpty();
    }

    @Test
    void predicateAdjectivesAndMediatingManners() {
        assertThat(keys("PTEN is necessary for the inhibition of AKT."))
                .containsExactly(tuple("PTEN", NONE, Relation.INHIBITS, "AKT", false, false));
        assertThat(keys("CDK2 is important in tumorigenesis."))
                .containsExactly(tuple("CDK2", NONE, Relation.ASSOCIATED_WITH, "tumorigenesis", false, false));
    }

    @Test
    void aGerundSubjectPutsItsObjectInTheVerbsState() {
        assertThat(keys("Inhibiting AKT restores sensitivity to trastuzumab."))
                .containsExactly(tuple("AKT", LOSS, Relation.RESTORES_SENSITIVITY, "trastuzumab", false, false));
    }

    @Test
    void compoundCodesAreArgumentsByShape() {
        List<Claim> claims = claims("MK-2206 inhibits AKT phosphorylation.");
        assertThat(claims).extracting(Claim::subject, Claim::subjectId, Claim::relation, Claim::objectId)
                .containsExactly(tuple("MK-2206", "MK-2206", Relation.INHIBITS, "AKT"));
    }

    @Test
    void anEntityNamingASampleIsNoArgument() {
        assertThat(keys("Trastuzumab inhibited the growth of HER2 cells.")).extracting(t -> t.toList().get(3))
                .containsExactly("cell growth");
    }

    @Test
    void aMechanismsAgentIsTheSubjectOfTheVerbThatGovernsIt() {
        assertThat(keys("MUC4 mediates a masking mechanism that inhibits trastuzumab binding.")).contains(
                tuple("MUC4", NONE, Relation.INHIBITS, "trastuzumab", false, false));
    }

    @Test
    void theExamplesOfANameHeadAreItsArguments() {
        assertThat(keys("AKT phosphorylation is enhanced by several growth factors, including heregulin and TGF-alpha."))
                .containsExactlyInAnyOrder(tuple("NRG1", NONE, Relation.ACTIVATES, "AKT", false, false),
                        tuple("TGFA", NONE, Relation.ACTIVATES, "AKT", false, false));
        // Members of a pathway are no agents of what the pathway's activation does.
        assertThat(keys("Activation of CD44-mediated signalling pathways, including RAS and PI3K, occurs upon binding of hyaluronan."))
                .isEmpty();
    }

    @Test
    void aFailureGovernsBothOfItsInfinitives() {
        assertThat(keys("We also observed that at high concentrations, trastuzumab failed to inhibit AKT and to reduce p27 degradation."))
                .containsExactlyInAnyOrder(tuple("trastuzumab", NONE, Relation.INHIBITS, "AKT", true, false),
                        tuple("trastuzumab", NONE, Relation.UPREGULATES, "CDKN1B", true, false));
    }

    @Test
    void theDefaultRulesTakeTheirStatesFromTheParse() {
        List<Claim> claims = SharedPipeline.get().annotate(TestPapers.of(
                "Loss of PTEN activates PI3K/AKT signalling and confers resistance to trastuzumab (6).", 10)).claims();
        assertThat(claims).extracting(Claim::subjectId, Claim::subjectState, Claim::relation, Claim::objectId, Claim::netRelation)
                .containsExactlyInAnyOrder(
                        tuple("PTEN", LOSS, Relation.ACTIVATES, "PI3K/AKT", Relation.INHIBITS),
                        tuple("PTEN", LOSS, Relation.CAUSES_RESISTANCE, "trastuzumab", Relation.RESTORES_SENSITIVITY));
    }

    @Test
    void membersOfOnePathwayOrComplexAreOneArgument() {
        // A dash written with no space joins the members of one pathway, as "/" does (PI3K/AKT).
        assertThat(keys("The AKT-mTOR axis activates STAT3 in these cells."))
                .containsExactly(tuple("AKT/MTOR", NONE, Relation.ACTIVATES, "STAT3", false, false));
        // "X and Y" before a singular pathway head is one pathway; before a plural head, two.
        assertThat(keys("The PTEN and AKT signal transduction pathway promotes cell migration."))
                .containsExactly(tuple("PTEN/AKT", NONE, Relation.ACTIVATES, "cell migration", false, false));
        assertThat(claims("The PTEN and AKT pathways promote cell migration.")).extracting(Claim::subjectId)
                .contains("AKT").doesNotContain("PTEN/AKT");
    }

    @Test
    void aStimulusBesideANamedAgentIsNoAgent() {
        // The passive names its agent; "upon EGF stimulation" is the assay's stimulus, in either extractor.
        String sentence = "MYC expression is induced by the STAT3 pathway upon EGF stimulation.";
        assertThat(keys(sentence)).containsExactly(tuple("STAT3", NONE, Relation.UPREGULATES, "MYC", false, false));
        assertThat(SharedPipeline.get().annotate(TestPapers.of(sentence, 10)).claims())
                .extracting(Claim::subjectId, Claim::relation, Claim::objectId)
                .containsExactly(tuple("STAT3", Relation.UPREGULATES, "MYC"));
    }

    @Test
    void anInteractionOfTwoNamedEntitiesIsThePairAsAnObject() {
        // What a verb brings about is the complex (GUIDELINE: binding pairs join with "/"); the interaction itself is asserted too.
        assertThat(keys("EGF promoted the interaction between EGFR and Src in these cells.")).containsExactlyInAnyOrder(
                tuple("EGF", NONE, Relation.ACTIVATES, "EGFR/SRC", false, false),
                tuple("EGFR", NONE, Relation.INTERACTS, "SRC", false, false));
        assertThat(keys("EGF stimulation leads to the interaction of EGFR and Src.")).containsExactlyInAnyOrder(
                tuple("EGF", NONE, Relation.ACTIVATES, "EGFR/SRC", false, false),
                tuple("EGFR", NONE, Relation.INTERACTS, "SRC", false, false));
        // A "/" partner interacts member by member.
        assertThat(keys("EGF failed to induce an interaction between EGFR and HER2/HER3.")).contains(
                tuple("EGF", NONE, Relation.ACTIVATES, "EGFR/ERBB2", true, false),
                tuple("EGF", NONE, Relation.ACTIVATES, "EGFR/ERBB3", true, false));
        assertThat(keys("Heregulin promoted an interaction between EGFR and HER2/HER3.")).contains(
                tuple("EGFR", NONE, Relation.INTERACTS, "ERBB2", false, false),
                tuple("EGFR", NONE, Relation.INTERACTS, "ERBB3", false, false));
        // "inhibition of X and Y" is no pair: each is inhibited.
        assertThat(claims("Trastuzumab caused the inhibition of AKT and ERK.")).extracting(Claim::objectId)
                .doesNotContain("AKT/ERK");
    }

    @Test
    void aCellLineNamedAfterAGeneDescribesTheSample() {
        // "EGFR-3 cells" is a sample (GUIDELINE §2), in either extractor: no claim names EGFR.
        String sentence = "AKT overexpression in EGFR-3 cells increases MYC expression.";
        assertThat(keys(sentence)).containsExactly(tuple("AKT", ArgumentState.GAIN, Relation.UPREGULATES, "MYC", false, false));
        assertThat(SharedPipeline.get().annotate(TestPapers.of(sentence, 10)).claims())
                .extracting(Claim::subjectId, Claim::relation, Claim::objectId)
                .containsExactly(tuple("AKT", Relation.UPREGULATES, "MYC"));
    }

    @Test
    void crossTalkBetweenTwoPathwaysIsAnInteraction() {
        assertThat(keys("EGF induces MYC expression, suggesting a cross-talk between EGFR and STAT3 signalling."))
                .contains(tuple("EGFR", NONE, Relation.INTERACTS, "STAT3", false, true));
    }

    @Test
    void aManipulationBeforeACoordinationIsSaidOfEveryConjunct() {
        assertThat(keys("We found that inhibiting PTEN, AKT, or MTOR reduces cell migration.")).extracting(t -> t.toList().get(1))
                .containsOnly(LOSS).hasSize(3);
        // "low/absent": the parts agree on loss; "targeting X" blocks X.
        assertThat(claims("These data suggest that low/absent PTEN is required for AKT phosphorylation."))
                .extracting(Claim::subjectId, Claim::subjectState, Claim::netRelation)
                .containsExactly(tuple("PTEN", LOSS, Relation.INHIBITS));
        for (String targeting : List.of("In addition, targeting AKT signalling significantly inhibited cell migration.",
                "We show that targeting AKT inhibits cell migration.")) {
            assertThat(claims(targeting)).as(targeting)
                    .extracting(Claim::subjectId, Claim::subjectState, Claim::relation, Claim::netRelation)
                    .containsExactly(tuple("AKT", LOSS, Relation.INHIBITS, Relation.ACTIVATES));
        }
    }

    @Test
    void aReducedRelativeOnAPredicateNominalIsSaidOfTheCopulasSubject() {
        assertThat(keys("STAT3 is a key transcription factor implicated in inflammation."))
                .containsExactly(tuple("STAT3", NONE, Relation.ASSOCIATED_WITH, "inflammation", false, false));
        assertThat(keys("MYC is a transcription factor believed to be involved in angiogenesis."))
                .containsExactly(tuple("MYC", NONE, Relation.ASSOCIATED_WITH, "angiogenesis", false, true));
    }

    @Test
    void aDrugCombinationIsOneSubject() {
        // GUIDELINE: "a drug combination is one subject (trastuzumab + pertuzumab)"; a plain coordination is split.
        for (String combined : List.of("Trastuzumab in combination with pertuzumab inhibits HER2 signalling.",
                "Trastuzumab plus pertuzumab inhibits HER2 signalling.",
                "The combination of trastuzumab and pertuzumab inhibits HER2 signalling.")) {
            assertThat(keys(combined)).as(combined)
                    .containsExactly(tuple("trastuzumab + pertuzumab", NONE, Relation.INHIBITS, "ERBB2", false, false));
        }
        assertThat(keys("Trastuzumab and pertuzumab inhibit HER2 signalling.")).containsExactlyInAnyOrder(
                tuple("trastuzumab", NONE, Relation.INHIBITS, "ERBB2", false, false),
                tuple("pertuzumab", NONE, Relation.INHIBITS, "ERBB2", false, false));
    }

    @Test
    void aPoorPrognosisIsThePhenotype() {
        // "poor" classifies nothing but names the phenotype (processes.txt "keep:"); "high" does not enter a label.
        assertThat(claims("HER2 amplification is associated with poor prognosis.")).extracting(Claim::objectId)
                .containsExactly("poor prognosis");
        assertThat(claims("HER2 amplification is associated with high proliferation.")).extracting(Claim::objectId)
                .containsExactly("cell proliferation");
    }

    @Test
    void aVerbTheTaggerReadsAsAPluralNounIsParsedAsTheVerb() {
        // "EGF blocks X": the newswire tagger says blocks/NNS; after a named subject and before an object it is the verb.
        assertThat(keys("These results indicate that EGF blocks lactogenic differentiation via a PI3K-dependent mechanism."))
                .contains(tuple("EGF", NONE, Relation.INHIBITS, "lactogenic differentiation", false, false));
        // A listed noun reading stays a noun: no claim is read from "PTEN results".
        assertThat(claims("PTEN results suggest a role for AKT.")).extracting(Claim::subjectId).doesNotContain("PTEN");
    }

    @Test
    void anEpitopeStandsForTheProteinItIsOn() {
        assertThat(keys("MUC4 masks the trastuzumab epitope on HER2 in these cells."))
                .containsExactly(tuple("MUC4", NONE, Relation.MASKS, "ERBB2", false, false));
    }

    @Test
    void theWordOrderRulesTakeNoPairTheTreePutsInAnotherConjunctOrAComparison() {
        // The lemma-cue rules pair the nearest entities; the parse shows they belong to other conjuncts.
        assertThat(SharedPipeline.get().annotate(TestPapers.of(
                "These cells showed increased expression of AKT and PTEN, as well as increased activation of MYC.", 10)).claims())
                .isEmpty();
        // A comparison's term is no argument.
        assertThat(SharedPipeline.get().annotate(TestPapers.of("Lapatinib induced a higher rate of diarrhoea than trastuzumab.", 10))
                .claims()).isEmpty();
        // Nor is the subject of a later clause the cue's object.
        assertThat(SharedPipeline.get().annotate(TestPapers.of(
                "HER2 expression increased markedly in these tumours and lapatinib inhibited it.", 10)).claims()).isEmpty();
        // Coordinated verbs share the first verb's subject and object.
        assertThat(SharedPipeline.get().annotate(TestPapers.of("Lapatinib treatment slows and regresses the growth of HER2-positive tumours.", 10))
                .claims()).extracting(Claim::subjectId, Claim::relation).contains(tuple("lapatinib", Relation.INHIBITS));
    }

    @Test
    void aFrontedSettingIsNeitherTheObjectOfAPrepositionNorAStimulusOfTheClause() {
        // "In X-induced Y, ..." sets the scene (GUIDELINE §2: an assay stimulus is a presupposed condition).
        assertThat(keys("In streptozotocin-induced neuropathy, PTEN participates in the activity of AKT."))
                .containsExactly(tuple("PTEN", NONE, Relation.INTERACTS, "AKT", false, false));
        assertThat(SharedPipeline.get().annotate(TestPapers.of("In cisplatin-induced nephrotoxicity, AKT activates MTOR in tubular cells.", 10))
                .claims()).extracting(Claim::subjectId, Claim::relation, Claim::objectId)
                .containsExactly(tuple("AKT", Relation.ACTIVATES, "MTOR"));
    }

    @Test
    void aManipulationTheTokenizerSplitKeepsItsWholeWord() {
        // GUIDELINE §3: the surface keeps the manipulation; "knock-down" is one word, not "down".
        assertThat(claims("Knock-down of PTEN increased AKT phosphorylation in these cells."))
                .extracting(Claim::subject, Claim::subjectState).containsExactly(tuple("Knock-down of PTEN", LOSS));
        assertThat(claims("We found that knock-down of PTEN increased AKT phosphorylation."))
                .extracting(Claim::subject, Claim::subjectState).containsExactly(tuple("knock-down of PTEN", LOSS));
    }

    @Test
    void aSampleDeprivedOfAGeneMakesTheGeneTheAgentInStateLoss() {
        assertThat(keys("PTEN-deficient mice exhibited increased tumour incidence."))
                .containsExactly(tuple("PTEN", LOSS, Relation.ACTIVATES, "tumour incidence", false, false));
        assertThat(keys("Mice lacking PTEN exhibited decreased tumour growth."))
                .containsExactly(tuple("PTEN", LOSS, Relation.INHIBITS, "tumour growth", false, false));
        assertThat(keys("MYC expression was markedly reduced in STAT3 knockdown embryos."))
                .containsExactly(tuple("STAT3", LOSS, Relation.DOWNREGULATES, "MYC", false, false));
        assertThat(keys("AKT phosphorylation was increased in Stat3(-/-) fibroblasts."))
                .containsExactly(tuple("STAT3", LOSS, Relation.ACTIVATES, "AKT", false, false));
        // A gain named on a sample describes it (GUIDELINE §2), and a plain subject shows nothing.
        assertThat(claims("HER2-overexpressing cells exhibited increased tumour incidence.")).isEmpty();
        assertThat(claims("PTEN exhibited increased tumour incidence.")).isEmpty();
        // "tumour incidence" is a phenotype; a bare "incidence" names none (processes.txt "modified:").
        assertThat(claims("Trastuzumab increased the incidence of PFS.")).isEmpty();
    }

    @Test
    void aPassiveChangeUnderANamedConditionHasTheConditionAsItsAgent() {
        assertThat(keys("In the absence of PTEN, AKT phosphorylation was strongly increased."))
                .containsExactly(tuple("PTEN", LOSS, Relation.ACTIVATES, "AKT", false, false));
        assertThat(keys("AKT phosphorylation was reduced in the presence of lapatinib."))
                .containsExactly(tuple("lapatinib", NONE, Relation.INHIBITS, "AKT", false, false));
        // A named agent wins over the condition.
        assertThat(keys("AKT phosphorylation was reduced by lapatinib in the presence of EGF."))
                .containsExactly(tuple("lapatinib", NONE, Relation.INHIBITS, "AKT", false, false));
    }

    @Test
    void coordinatedVerbsShareTheObjectTheTreeHangsOnTheFirst() {
        assertThat(keys("PTEN binds and dephosphorylates AKT.")).containsExactlyInAnyOrder(
                tuple("PTEN", NONE, Relation.BINDS, "AKT", false, false),
                tuple("PTEN", NONE, Relation.INHIBITS, "AKT", false, false));
        // A second verb with an object of its own keeps it.
        assertThat(keys("PTEN binds AKT and activates MYC.")).extracting(t -> t.toList().get(3)).containsExactlyInAnyOrder("AKT", "MYC");
    }

    @Test
    void reciprocalVerbsAndCompoundEventsWithTheirMeans() {
        // "each other": both conjuncts act on each other, though conjuncts otherwise never do.
        assertThat(keys("STAT3 and AKT activate each other.")).containsExactlyInAnyOrder(
                tuple("STAT3", NONE, Relation.ACTIVATES, "AKT", false, false),
                tuple("AKT", NONE, Relation.ACTIVATES, "STAT3", false, false));
        assertThat(keys("STAT3 and AKT activate MYC.")).extracting(t -> t.toList().get(3)).containsOnly("MYC");
        // "AKT activation through PI3K": the means is the agent.
        assertThat(keys("AKT activation through PI3K promotes survival."))
                .contains(tuple("PI3K", NONE, Relation.ACTIVATES, "AKT", false, false));
    }

    @Test
    void verbsThatLessenOrStrengthen() {
        assertThat(keys("Lapatinib mitigates AKT activation.")).containsExactly(tuple("lapatinib", NONE, Relation.INHIBITS, "AKT", false, false));
        assertThat(keys("PTEN limits AKT activation.")).containsExactly(tuple("PTEN", NONE, Relation.INHIBITS, "AKT", false, false));
        assertThat(keys("MYC strengthens AKT activation.")).containsExactly(tuple("MYC", NONE, Relation.ACTIVATES, "AKT", false, false));
    }

    @Test
    void aClaimInsideTheSubjectOfAHedgeIsNotHedged() {
        // "suggests" hedges what is suggested, not the finding it reasons from.
        assertThat(keys("The finding that lapatinib does not inhibit AKT in these cells suggests that other kinases sustain its activity."))
                .containsExactly(tuple("lapatinib", NONE, Relation.INHIBITS, "AKT", true, false));
        assertThat(keys("These findings suggest that lapatinib inhibits AKT in these cells."))
                .containsExactly(tuple("lapatinib", NONE, Relation.INHIBITS, "AKT", false, true));
    }

    @Test
    void membersOfAnAgentClassNamedByIncludeAreAgents() {
        assertThat(keys("HER2 inhibitors include lapatinib and neratinib.")).containsExactlyInAnyOrder(
                tuple("lapatinib", NONE, Relation.INHIBITS, "ERBB2", false, false),
                tuple("neratinib", NONE, Relation.INHIBITS, "ERBB2", false, false));
        assertThat(keys("Inhibitors of EGFR include erlotinib and gefitinib.")).containsExactlyInAnyOrder(
                tuple("erlotinib", NONE, Relation.INHIBITS, "EGFR", false, false),
                tuple("gefitinib", NONE, Relation.INHIBITS, "EGFR", false, false));
        // A premodifying class descriptor stays none (GUIDELINE §2).
        assertThat(keys("The HER2 inhibitor lapatinib was given with capecitabine.")).isEmpty();
    }

    @Test
    void anEmbeddedQuestionAsksAndAssertsNothing() {
        assertThat(keys("We asked whether lapatinib inhibits AKT in these cells.")).isEmpty();
        assertThat(keys("We found that lapatinib inhibits AKT, and we asked whether it also inhibits ERK."))
                .containsExactly(tuple("lapatinib", NONE, Relation.INHIBITS, "AKT", false, false));
        // The word-order rules ask the parse too.
        assertThat(SharedPipeline.get().annotate(TestPapers.of("It remains unknown whether CCR1 promotes breast metastasis.", 10))
                .claims()).isEmpty();
    }
}
