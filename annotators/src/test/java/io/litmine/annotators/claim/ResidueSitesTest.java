package io.litmine.annotators.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.litmine.corpus.model.Claim;
import io.litmine.corpus.model.EntityType;
import io.litmine.corpus.model.Mention;
import io.litmine.corpus.model.Relation;
import org.junit.jupiter.api.Test;

/** An amino acid with its position is a residue of a protein, never a claim argument. */
class ResidueSitesTest {

    @Test
    void anAminoAcidWithAPositionIsASite() {
        assertThat(ResidueSites.site("Tyr", "-416 in")).isTrue();
        assertThat(ResidueSites.site("Src-Tyr", "-416 in")).isTrue();
        assertThat(ResidueSites.site("tyrosine-705", " phosphorylation")).isTrue();
        assertThat(ResidueSites.site("Ser473", " of AKT")).isTrue();
        assertThat(ResidueSites.site("serine", " 727 phosphorylation")).isTrue();
    }

    @Test
    void anAminoAcidAloneOrAnotherChemicalIsNone() {
        assertThat(ResidueSites.site("tyrosine", " kinases")).isFalse();
        assertThat(ResidueSites.site("glutamate", " release")).isFalse();
        assertThat(ResidueSites.site("lapatinib", " 250 mg")).isFalse();
    }

    @Test
    void aGeneSymbolThatSpellsACodeStaysAGene() {
        String text = "MET 1268 mutations";
        assertThat(ResidueSites.site(text, new Mention("MET", 0, 3, EntityType.GENE, "MET", "HGNC:7029"))).isFalse();
        String site = "tyrosine-705 phosphorylation";
        assertThat(ResidueSites.site(site, new Mention("tyrosine-705", 0, 12, EntityType.GENE, "tyrosine-705", "-"))).isTrue();
    }

    @Test
    void aClaimTakesTheProteinNotItsResidue() {
        StanfordCoreNLP union = ClaimPipelines.with("union");
        assertThat(ClaimPipelines.claims(union, "EGF induces the phosphorylation of tyrosine-705 in STAT3."))
                .extracting(Claim::subjectId, Claim::relation, Claim::objectId).containsExactly(tuple("EGF", Relation.ACTIVATES, "STAT3"));
        assertThat(ClaimPipelines.claims(union, "EGF induced phosphorylation of Src-Tyr-416 in these cells."))
                .extracting(Claim::subjectId, Claim::relation, Claim::objectId).containsExactly(tuple("EGF", Relation.ACTIVATES, "SRC"));
    }
}
