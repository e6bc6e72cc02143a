package io.litmine.index.assertion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.litmine.corpus.model.ArgumentState;
import io.litmine.corpus.model.Claim;
import io.litmine.corpus.model.Evidence;
import io.litmine.corpus.model.Mechanism;
import io.litmine.corpus.model.Reference;
import io.litmine.corpus.model.Relation;
import io.litmine.index.export.ExportFormat;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssertionAggregatorTest {

    private static Claim claim(String id, String paper, String subject, String subjectId, Relation relation,
                               String objectId, boolean negated, List<Integer> citations) {
        return claim(id, paper, subject, subjectId, ArgumentState.NONE, relation, objectId, negated, citations);
    }

    private static Claim claim(String id, String paper, String subject, String subjectId, ArgumentState subjectState,
                               Relation relation, String objectId, boolean negated, List<Integer> citations) {
        return new Claim(id, paper, "Results", "sentence " + id, 0, 10, subject, subjectId, relation, objectId, objectId,
                negated, false, Evidence.UNSPECIFIED, Mechanism.OTHER, List.of(), List.of(), citations, List.of(),
                List.of(), subjectState, ArgumentState.NONE);
    }

    private static Reference ref(int index, String title, String doi) {
        return new Reference(Integer.toString(index), index, title + ".", List.of(), title, null, null, null, null, null, doi, null);
    }

    private static final Map<String, List<Reference>> REFERENCES = Map.of(
            "P1", List.of(ref(1, "PTEN loss and PI3K", "10.1/abc"), ref(2, "Another study", null)),
            "P2", List.of(ref(1, "Unrelated", null), ref(2, "PTEN loss and PI3K (reprinted)", "10.1/ABC")));

    private static List<Assertion> aggregate() {
        return AssertionAggregator.aggregate(List.of(
                claim("a", "P1", "PTEN deficiency", "PTEN", Relation.ACTIVATES, "PI3K", false, List.of(1)),
                claim("b", "P1", "loss of PTEN", "PTEN", Relation.ACTIVATES, "PI3K", false, List.of(1, 2)),
                claim("c", "P2", "PTEN", "PTEN", Relation.ACTIVATES, "PI3K", false, List.of(2)),
                claim("d", "P2", "PTEN", "PTEN", Relation.ACTIVATES, "PI3K", true, List.of(1))), REFERENCES::get);
    }

    @Test
    void countsDistinctPapersAndReferencesNotRepeatedSentences() {
        List<Assertion> assertions = aggregate();

        assertThat(assertions).hasSize(2);
        Assertion top = assertions.get(0);
        assertThat(top.subjectId()).isEqualTo("PTEN");
        assertThat(top.negated()).isFalse();
        assertThat(top.papers()).isEqualTo(2);
        // P1 ref 1 and P2 ref 2 share a DOI (case-insensitively): one work; P1 ref 2 is another.
        assertThat(top.references()).isEqualTo(2);
        assertThat(top.claims()).isEqualTo(3);
        // One example per paper first.
        assertThat(top.examples()).extracting(Assertion.Example::claimId).containsExactly("a", "c", "b");
        Assertion denied = assertions.get(1);
        assertThat(denied.negated()).isTrue();
        assertThat(denied.papers()).isEqualTo(1);
        assertThat(denied.references()).isEqualTo(1);
    }

    @Test
    void lossOfTheSubjectActivatingMergesWithTheSubjectInhibiting() throws Exception {
        List<Assertion> assertions = AssertionAggregator.aggregate(List.of(
                claim("loss", "P1", "loss of PTEN", "PTEN", ArgumentState.LOSS, Relation.ACTIVATES, "PI3K", false, List.of(1)),
                claim("plain", "P2", "PTEN", "PTEN", ArgumentState.NONE, Relation.INHIBITS, "PI3K", false, List.of(1)),
                // Written the same as "loss" but about PTEN itself: the opposite assertion.
                claim("itself", "P2", "PTEN", "PTEN", ArgumentState.NONE, Relation.ACTIVATES, "PI3K", false, List.of())),
                REFERENCES::get);

        assertThat(assertions).hasSize(2);
        Assertion merged = assertions.get(0);
        assertThat(merged.subjectId()).isEqualTo("PTEN");
        assertThat(merged.relation()).isEqualTo(Relation.INHIBITS);
        assertThat(merged.objectId()).isEqualTo("PI3K");
        assertThat(merged.papers()).isEqualTo(2);
        assertThat(merged.claims()).isEqualTo(2);
        assertThat(merged.invertedClaims()).isEqualTo(1);
        assertThat(merged.examples()).extracting(Assertion.Example::claimId).containsExactly("loss", "plain");
        // Worded by the claim about PTEN itself: "loss of PTEN INHIBITS PI3K" would say the opposite.
        assertThat(merged.subject()).isEqualTo("PTEN");
        assertThat(assertions.get(1).relation()).isEqualTo(Relation.ACTIVATES);
        assertThat(assertions.get(1).claims()).isEqualTo(1);
        assertThat(assertions.get(1).invertedClaims()).isZero();

        StringWriter out = new StringWriter();
        AssertionExporter.write(assertions, ExportFormat.JSONL, out);
        JsonNode first = new ObjectMapper().readTree(out.toString().lines().findFirst().orElseThrow());
        assertThat(first.get("relation").asText()).isEqualTo("INHIBITS");
        assertThat(first.get("claims").asInt()).isEqualTo(2);
        assertThat(first.get("invertedClaims").asInt()).isEqualTo(1);
    }

    @Test
    void aLostSubjectWithNoPlainClaimIsShownByItsNormalisedName() {
        List<Assertion> assertions = AssertionAggregator.aggregate(List.of(
                claim("loss", "P1", "loss of PTEN", "PTEN", ArgumentState.LOSS, Relation.ACTIVATES, "PI3K", false, List.of())),
                REFERENCES::get);

        assertThat(assertions).singleElement().satisfies(a -> {
            assertThat(a.subject()).isEqualTo("PTEN");
            assertThat(a.relation()).isEqualTo(Relation.INHIBITS);
        });
    }

    @Test
    void jsonLinesHaveTheDocumentedShape() throws Exception {
        StringWriter out = new StringWriter();
        AssertionExporter.write(aggregate(), ExportFormat.JSONL, out);
        JsonNode first = new ObjectMapper().readTree(out.toString().lines().findFirst().orElseThrow());

        assertThat(first.fieldNames()).toIterable().containsExactly("subjectId", "subject", "relation", "objectId",
                "object", "negated", "papers", "references", "claims", "hedgedClaims", "paperIds", "examples", "invertedClaims");
        assertThat(first.get("examples").get(0).fieldNames()).toIterable()
                .containsExactly("claimId", "paperId", "sentence", "citations");
        assertThat(first.get("papers").asInt()).isEqualTo(2);
    }

    @Test
    void tablesHaveOneRowPerAssertion() throws Exception {
        StringWriter out = new StringWriter();
        AssertionExporter.write(aggregate(), ExportFormat.TSV, out);

        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo(String.join("\t", AssertionExporter.COLUMNS));
        assertThat(lines.get(1)).isEqualTo("PTEN\tPTEN deficiency\tACTIVATES\tPI3K\tPI3K\tfalse\t2\t2\t3\t0\tP1; P2\ta; c; b\t0");
    }
}
