package io.litmine.index.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.litmine.corpus.model.AnnotatedPaper;
import io.litmine.corpus.model.ArgumentState;
import io.litmine.corpus.model.Claim;
import io.litmine.index.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceJsonTest {

    @Test
    void annotatedPaperRoundTripsExactly() {
        AnnotatedPaper paper = Fixtures.paperA();

        AnnotatedPaper back = EvidenceJson.annotatedPaper(EvidenceJson.toJson(paper));

        assertThat(back).isEqualTo(paper);
        assertThat(EvidenceJson.toJson(back)).isEqualTo(EvidenceJson.toJson(paper));
    }

    @Test
    void claimRoundTripsExactlyIncludingNullIds() {
        Claim claim = Fixtures.paperA().claims().get(1);
        assertThat(claim.objectId()).isNull();

        assertThat(EvidenceJson.claim(EvidenceJson.toJson(claim))).isEqualTo(claim);
    }

    @Test
    void argumentStatesAreStoredByLabelAndRoundTrip() throws Exception {
        Claim loss = Fixtures.paperA().claims().get(0);
        assertThat(loss.subjectState()).isEqualTo(ArgumentState.LOSS);
        JsonNode json = EvidenceJson.mapper().readTree(EvidenceJson.toJson(loss));

        assertThat(json.get("subjectState").asText()).isEqualTo("loss");
        assertThat(json.get("objectState").isNull()).isTrue();
        assertThat(EvidenceJson.claim(EvidenceJson.toJson(loss))).isEqualTo(loss);
        // Written by an earlier build with the enum's own names: read the same.
        String byName = EvidenceJson.toJson(loss).replace("\"subjectState\":\"loss\"", "\"subjectState\":\"LOSS\"")
                .replace("\"objectState\":null", "\"objectState\":\"NONE\"");
        assertThat(byName).contains("\"LOSS\"", "\"NONE\"");
        assertThat(EvidenceJson.claim(byName)).isEqualTo(loss);
    }

    @Test
    void claimJsonStoredBeforeStatesExistedReadsAsNoStates() throws Exception {
        Claim loss = Fixtures.paperA().claims().get(0);
        ObjectNode json = (ObjectNode) EvidenceJson.mapper().readTree(EvidenceJson.toJson(loss));
        json.remove(List.of("subjectState", "objectState"));

        Claim old = EvidenceJson.claim(json.toString());

        assertThat(old.subjectState()).isEqualTo(ArgumentState.NONE);
        assertThat(old.objectState()).isEqualTo(ArgumentState.NONE);
        assertThat(old.netRelation()).isEqualTo(old.relation());
        assertThatThrownBy(() -> EvidenceJson.claim(json.put("subjectState", "vanished").toString()))
                .isInstanceOf(InvalidEvidenceJsonException.class);
    }

    @Test
    void evidenceIsWrittenByLabelOtherEnumsByName() throws Exception {
        JsonNode json = EvidenceJson.mapper().readTree(EvidenceJson.toJson(Fixtures.paperA().claims().get(1)));

        assertThat(json.get("evidence").asText()).isEqualTo("in_vitro");
        assertThat(json.get("relation").asText()).isEqualTo("PREDICTS");
        assertThat(json.get("mechanism").asText()).isEqualTo("DOWNSTREAM_ACTIVATION");
    }

    @Test
    void onlyRecordComponentsAreWritten() throws Exception {
        JsonNode json = EvidenceJson.mapper().readTree(EvidenceJson.toJson(Fixtures.paperA()));

        assertThat(json.fieldNames()).toIterable()
                .containsExactly("paper", "sentences", "mentions", "citations", "claims");
        assertThat(json.get("paper").fieldNames()).toIterable()
                .containsExactly("paperId", "source", "title", "authors", "year", "doi", "text", "sections",
                        "references", "bodyEnd", "markedCallouts", "publication");
    }

    @Test
    void invalidJsonIsATypedError() {
        assertThatThrownBy(() -> EvidenceJson.claim("{\"claimId\": 3"))
                .isInstanceOf(InvalidEvidenceJsonException.class)
                .hasMessageStartingWith("cannot read Claim from JSON");
        assertThatThrownBy(() -> EvidenceJson.claim(EvidenceJson.toJson(Fixtures.paperA().claims().get(0))
                .replace("\"clinical\"", "\"anecdotal\"")))
                .isInstanceOf(InvalidEvidenceJsonException.class);
    }
}
