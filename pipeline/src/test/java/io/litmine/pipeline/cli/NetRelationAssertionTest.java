package io.litmine.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end, on sentences written for the test: "Loss of PTEN activates PI3K/AKT signalling" is shown
 * as written and as what it asserts, and merges with "PTEN inhibits PI3K/AKT signalling" into one
 * assertion on the net relation.
 */
class NetRelationAssertionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aLostSubjectsClaimMergesWithTheInvertedClaimOnItsNetRelation() throws Exception {
        Path paper = dir.resolve("pten.txt");
        Files.writeString(paper, """
                Loss of PTEN activates PI3K/AKT signalling and confers resistance to trastuzumab (1).

                PTEN inhibits PI3K/AKT signalling in breast cancer cells (2).

                References

                1. Nagata Y, Lan KH. PTEN activation contributes to tumor inhibition by trastuzumab. Cancer Cell. 2004;6:117-27.
                2. Stambolic V, Suzuki A. Negative regulation of PKB/Akt-dependent cell survival by the tumor suppressor PTEN. Cell. 1998;95:29-39.
                """, StandardCharsets.UTF_8);
        Path index = dir.resolve("index");
        assertThat(CliRun.of("ingest", paper.toString(), "--index", index.toString()).exitCode()).isEqualTo(LitmineCli.OK);

        CliRun search = CliRun.of("search", "PTEN", "--index", index.toString());
        assertThat(search.out()).contains("Loss of PTEN ACTIVATES PI3K/AKT signalling ⇒ PTEN ⊣ PI3K/AKT signalling",
                "Loss of PTEN CAUSES_RESISTANCE trastuzumab ⇒ PTEN RESTORES_SENSITIVITY trastuzumab");

        Path out = dir.resolve("assertions.jsonl");
        assertThat(CliRun.of("export", "--index", index.toString(), "--what", "assertions", "--format", "jsonl",
                "--out", out.toString()).exitCode()).isEqualTo(LitmineCli.OK);
        List<JsonNode> assertions = new ArrayList<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            assertions.add(JSON.readTree(line));
        }
        JsonNode pi3k = assertions.stream().filter(a -> a.get("objectId").asText().equals("PI3K/AKT")).findFirst().orElseThrow();
        assertThat(pi3k.get("subjectId").asText()).isEqualTo("PTEN");
        assertThat(pi3k.get("relation").asText()).isEqualTo("INHIBITS");
        assertThat(pi3k.get("claims").asInt()).isEqualTo(2);
        assertThat(pi3k.get("invertedClaims").asInt()).isEqualTo(1);
        assertThat(assertions).filteredOn(a -> a.get("objectId").asText().equals("PI3K/AKT")).hasSize(1);
    }
}
