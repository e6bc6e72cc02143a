package io.litmine.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.litmine.index.http.EvidenceServer;
import io.litmine.index.http.ServerConfig;
import io.litmine.index.search.FilterParser;
import io.litmine.index.search.LiveEvidenceIndex;
import io.litmine.pipeline.search.LexiconEntityResolver;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One table of filters through both doors: {@code litmine search} with flags and {@code /api/search}
 * with parameters, over the same index. Each row either passes both, with the same number of hits,
 * or is refused by both (exit 2 / HTTP 400) with the same reason.
 */
class FilterDoorsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    /** A filter name (as the API spells it), its value, and the hits expected, or null when it is refused. */
    record Row(String name, String value, Integer hits) {
    }

    static final List<Row> TABLE = List.of(
            new Row("gene", "HER2", 1), new Row("gene", "neu", 1), new Row("gene", "NOTAGENE123", 0),
            new Row("drug", "Herceptin", 1),
            new Row("mechanism", "her2_access", 1), new Row("mechanism", "NOPE", null),
            new Row("relation", "ACTIVATES", 1), new Row("relation", "EATS", null),
            new Row("netRelation", "inhibits", 1), new Row("netRelation", "GROWS", null),
            new Row("state", "loss", 1), new Row("state", "none", null), new Row("state", "lost", null),
            new Row("evidence", "clinical", 1), new Row("evidence", "anecdotal", null),
            new Row("year", "2020", 2), new Row("year", "1999", 0), new Row("year", "20", null), new Row("year", "2020a", null),
            new Row("section", "Results", 2),
            new Row("hedged", "true", 1), new Row("hedged", "FALSE", 1), new Row("hedged", "maybe", null),
            new Row("negated", "false", 2), new Row("negated", "yes", null),
            new Row("citationCheck", "none", 1), new Row("citationCheck", "perhaps", null));

    @TempDir
    static Path dir;

    static String index;
    static LiveEvidenceIndex live;
    static EvidenceServer server;

    @BeforeAll
    static void start() throws Exception {
        index = SearchServeExportCliTest.writeIndex(dir);
        Path root = Path.of(index);
        live = LiveEvidenceIndex.open(root.resolve("lucene"), LexiconEntityResolver.forIndex(root), Duration.ofSeconds(1));
        server = EvidenceServer.start(live, ServerConfig.defaults().withPort(0));
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        if (live != null) {
            live.close();
        }
    }

    @Test
    void theCommandLineAndTheApiAcceptAndRefuseTheSameFilters() throws Exception {
        assertThat(TABLE.stream().map(Row::name).distinct()).containsExactlyInAnyOrderElementsOf(FilterParser.NAMES);
        List<String> mismatches = new ArrayList<>();
        for (Row row : TABLE) {
            CliRun cli = CliRun.of("search", "--index", index, "--format", "json", FilterParser.flag(row.name()), row.value());
            HttpResponse<String> http = CLIENT.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/search?"
                    + row.name() + "=" + URLEncoder.encode(row.value(), StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String what = row.name() + "=" + row.value();
            if (row.hits() == null) {
                String reason = JSON.readTree(http.body()).path("error").asText();
                assertThat(http.statusCode()).as(what).isEqualTo(400);
                assertThat(cli.exitCode()).as(what).isEqualTo(2);
                // The same reason, the filter named as each door spells it.
                String spelled = reason.replace(row.name(), FilterParser.flag(row.name()));
                if (!cli.err().contains(spelled)) {
                    mismatches.add(what + ": API '" + reason + "', CLI '" + cli.err().strip() + "'");
                }
            } else {
                assertThat(http.statusCode()).as(what + " " + http.body()).isEqualTo(200);
                assertThat(cli.exitCode()).as(what + " " + cli.err()).isZero();
                assertThat(JSON.readTree(http.body()).get("total").asInt()).as("API " + what).isEqualTo(row.hits());
                assertThat(JSON.readTree(cli.out()).get("total").asInt()).as("CLI " + what).isEqualTo(row.hits());
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void anUnknownParameterIsRefusedNotIgnored() throws Exception {
        for (String path : List.of("/api/search?colour=red", "/api/search?q=PTEN&gen=ERBB2", "/api/export?format=csv&mechanizm=IMMUNE",
                "/api/map?columnz=relation", "/api/papers?page=2")) {
            HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(r.statusCode()).as(path).isEqualTo(400);
            JsonNode error = JSON.readTree(r.body());
            assertThat(error.get("error").asText()).as(path).startsWith("unknown parameter '");
        }
        assertThat(CliRun.of("search", "--index", index, "--colour", "red").exitCode()).isEqualTo(2);
    }
}
