package io.litmine.annotators.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.litmine.corpus.model.Claim;
import io.litmine.corpus.model.Relation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lemma-cue rules ({@code claims.extractor=rules}, which fill in where the parse finds nothing)
 * compose a verb with the event noun of its object as the parse does: "inhibits HIF-1 degradation"
 * raises HIF-1, "induces receptor blockade" inhibits the receptor.
 */
class RuleCompositionTest {

    private static StanfordCoreNLP rules;

    @BeforeAll
    static void pipeline() {
        rules = ClaimPipelines.with("rules");
    }

    @Test
    void signsMultiplyAndTheNounSaysActivityOrAmount() {
        assertThat(ClaimExtractor.composed(Relation.INHIBITS, Relation.DOWNREGULATES)).isEqualTo(Relation.UPREGULATES);
        assertThat(ClaimExtractor.composed(Relation.ACTIVATES, Relation.INHIBITS)).isEqualTo(Relation.INHIBITS);
        assertThat(ClaimExtractor.composed(Relation.DOWNREGULATES, Relation.ACTIVATES)).isEqualTo(Relation.INHIBITS);
        assertThat(ClaimExtractor.composed(Relation.UPREGULATES, Relation.UPREGULATES)).isEqualTo(Relation.UPREGULATES);
        // An unsigned verb or noun keeps the verb's relation.
        assertThat(ClaimExtractor.composed(Relation.BINDS, Relation.INHIBITS)).isEqualTo(Relation.BINDS);
        assertThat(ClaimExtractor.composed(Relation.INHIBITS, Relation.BINDS)).isEqualTo(Relation.INHIBITS);
    }

    @Test
    void preventingAnEntitysDegradationRaisesIt() {
        assertThat(ClaimPipelines.claims(rules, "Lapatinib inhibits proteasomal HER3 degradation in these cells."))
                .extracting(Claim::subjectId, Claim::relation, Claim::objectId)
                .containsExactly(tuple("lapatinib", Relation.UPREGULATES, "ERBB3"));
    }

    @Test
    void causingAnEntitysBlockadeInhibitsIt() {
        assertThat(ClaimPipelines.claims(rules, "Lapatinib induces a sustained HER2 blockade in these cells."))
                .extracting(Claim::subjectId, Claim::relation, Claim::objectId)
                .containsExactly(tuple("lapatinib", Relation.INHIBITS, "ERBB2"));
    }
}
