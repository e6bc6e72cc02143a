package io.litmine.index.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.litmine.corpus.model.Claim;
import io.litmine.index.Fixtures;
import io.litmine.index.search.CitedReference;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchResultsJsonTest {

    @Test
    void aHitsCitationsCarryTheirVerdictAndTheCitedWorksIdentifiers() {
        Claim claim = Fixtures.paperA().claims().get(0);
        List<CitedReference> cited = List.of(
                new CitedReference("1", 1, "Berns K, et al. Cancer Cell. 2007;12(4):395-402. doi:10.1016/j.ccr.2007.08.030. PMID: 17936563."),
                new CitedReference("2", 2, "Nagata Y, et al. Cancer Cell. 2004."));

        ObjectNode hit = SearchResultsJson.claim(claim, "PTEN loss", cited);

        assertThat(hit.get("citationCheck").asText()).isEqualTo(claim.citationCheck().label());
        JsonNode first = hit.get("citations").get(0);
        assertThat(first.get("doi").asText()).isEqualTo("10.1016/j.ccr.2007.08.030");
        assertThat(first.get("pmid").asText()).isEqualTo("17936563");
        assertThat(first.get("supported").asBoolean()).isEqualTo(claim.citationSupported(1));
        JsonNode second = hit.get("citations").get(1);
        assertThat(second.has("doi")).isFalse();
        assertThat(second.has("pmid")).isFalse();
    }
}
