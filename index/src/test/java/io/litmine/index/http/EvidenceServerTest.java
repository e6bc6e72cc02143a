package io.litmine.index.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.litmine.index.Fixtures;
import io.litmine.index.IndexFixtures;
import io.litmine.index.export.ClaimExporter;
import io.litmine.index.export.ExportFormat;
import io.litmine.index.search.FacetedSearchTestSupport;
import io.litmine.index.search.LiveEvidenceIndex;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real server on a free loopback port, over a real index, through a real HTTP client. */
class EvidenceServerTest {

    @TempDir
    static Path tmp;

    private static LiveEvidenceIndex index;
    private static EvidenceServer server;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        IndexFixtures.index(tmp.resolve("index"), tmp.resolve("shard"), Fixtures.paperA(), Fixtures.paperB());
        index = LiveEvidenceIndex.open(tmp.resolve("index"), FacetedSearchTestSupport.SYNONYMS, Duration.ofMillis(50));
        server = EvidenceServer.start(index, ServerConfig.defaults().withPort(0));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        index.close();
    }

    static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void listensOnLoopbackByDefault() {
        assertThat(ServerConfig.defaults().bind()).isEqualTo("127.0.0.1");
        assertThat(server.baseUrl()).startsWith("http://127.0.0.1:");
    }

    @Test
    void searchReturnsTheContractShapeWithFacets() throws Exception {
        HttpResponse<String> r = get("/api/search?q=" + enc("PI3K") + "&limit=5&claimsOnly=true");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("total").asInt()).isEqualTo(2);
        JsonNode hit = body.get("hits").get(0);
        for (String key : List.of("claimId", "paperId", "paperTitle", "section", "sentence", "highlight", "subject", "subjectId",
                "relation", "object", "objectId", "negated", "hedged", "evidence", "mechanism", "genes", "drugs", "citations",
                "unresolved", "score")) {
            assertThat(hit.has(key)).as(key).isTrue();
        }
        assertThat(hit.get("highlight").asText()).contains("<mark>");
        assertThat(body.get("facets").fieldNames()).toIterable()
                .containsExactly("gene", "drug", "mechanism", "relation", "evidence", "year", "netRelation", "state");
        assertThat(body.get("facets").get("gene").get("PTEN").asInt()).isEqualTo(2);
    }

    @Test
    void searchReturnsSentencesEachWithItsClaimsByDefault() throws Exception {
        JsonNode body = JSON.readTree(get("/api/search?q=" + enc("PI3K") + "&limit=5").body());
        assertThat(body.get("unit").asText()).isEqualTo("sentence");
        assertThat(body.get("total").asInt()).isEqualTo(2);
        JsonNode hit = body.get("hits").get(0);
        for (String key : List.of("sentenceId", "paperId", "paperTitle", "section", "sentence", "start", "end", "highlight",
                "genes", "drugs", "mentions", "citations", "unresolved", "claimCount", "claims", "score")) {
            assertThat(hit.has(key)).as(key).isTrue();
        }
        assertThat(hit.get("claims").get(0).get("claimId").asText()).startsWith("A1-c");
        assertThat(hit.get("claims").get(0).has("netRelation")).isTrue();
        assertThat(hit.get("highlight").asText()).contains("<mark>PI3K</mark>");
        // A claim filter: the sentences with a claim passing it, that claim attached.
        JsonNode net = JSON.readTree(get("/api/search?netRelation=RESTORES_SENSITIVITY").body());
        assertThat(net.get("hits")).singleElement().satisfies(h ->
                assertThat(h.get("claims")).extracting(c -> c.get("claimId").asText()).containsExactly("A1-c0"));
        assertThat(get("/api/search?claimsOnly=perhaps").statusCode()).isEqualTo(400);
    }

    @Test
    void aHugeQueryIsRefusedWithoutBeingEchoedBack() throws Exception {
        // ~7.5 KB of OR'ed prefix queries: too many clauses. The 400 quotes the query's start only.
        String huge = String.join(" OR ", java.util.Collections.nCopies(1500, "tr*"));
        HttpResponse<String> r = get("/api/search?q=" + enc(huge));
        assertThat(r.statusCode()).isEqualTo(400);
        String error = JSON.readTree(r.body()).get("error").asText();
        assertThat(error).startsWith("cannot parse query 'tr* OR tr*").contains("(" + huge.length() + " characters)");
        assertThat(error.length()).isLessThan(300);
    }

    @Test
    void theMapIsJsonForThePageAndSvgOrPngOnRequest() throws Exception {
        JsonNode map = JSON.readTree(get("/api/map?columns=mechanism&gene=PTEN").body());
        assertThat(map.get("claims").asInt()).isEqualTo(3);
        assertThat(map.get("heatmap").get("param").asText()).isEqualTo("mechanism");
        assertThat(map.get("heatmap").get("rows").get(0).asText()).isEqualTo("PTEN");
        assertThat(map.get("graph").get("edges")).extracting(e -> e.get("source").asText() + " " + e.get("relation").asText()
                + " " + e.get("target").asText()).containsExactly("PTEN RESTORES_SENSITIVITY trastuzumab");
        HttpResponse<String> svg = get("/api/map?format=svg");
        assertThat(svg.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
        assertThat(svg.body()).contains("<svg");
        HttpResponse<byte[]> png = CLIENT.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/map?format=png")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(java.util.Arrays.copyOf(png.body(), 4)).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        for (String bad : List.of("/api/map?columns=colour", "/api/map?format=gif", "/api/map?q=" + enc("AND ("))) {
            assertThat(get(bad).statusCode()).as(bad).isEqualTo(400);
        }
    }

    @Test
    void netRelationAndStateFilterAndHitsCarryStates() throws Exception {
        // A1-c0: "Loss of PTEN ... causes trastuzumab resistance": subject loss, net RESTORES_SENSITIVITY.
        JsonNode net = JSON.readTree(get("/api/search?netRelation=restores_sensitivity&claimsOnly=true").body());
        assertThat(net.get("total").asInt()).isEqualTo(1);
        JsonNode hit = net.get("hits").get(0);
        assertThat(hit.get("claimId").asText()).isEqualTo("A1-c0");
        assertThat(hit.get("relation").asText()).isEqualTo("CAUSES_RESISTANCE");
        assertThat(hit.get("netRelation").asText()).isEqualTo("RESTORES_SENSITIVITY");
        assertThat(hit.get("subjectState").asText()).isEqualTo("loss");
        assertThat(hit.get("objectState").isNull()).isTrue();
        assertThat(net.get("facets").get("netRelation").get("RESTORES_SENSITIVITY").asInt()).isEqualTo(1);
        assertThat(net.get("facets").get("state").get("loss").asInt()).isEqualTo(1);

        assertThat(JSON.readTree(get("/api/search?relation=RESTORES_SENSITIVITY").body()).get("total").asInt()).isZero();
        JsonNode either = JSON.readTree(get("/api/search?netRelation=RESTORES_SENSITIVITY&netRelation=MASKS").body());
        assertThat(either.get("total").asInt()).isEqualTo(2);
        JsonNode gain = JSON.readTree(get("/api/search?state=gain&claimsOnly=true").body());
        assertThat(gain.get("hits")).extracting(h -> h.get("claimId").asText()).containsExactly("B1-c0");
        assertThat(gain.get("hits").get(0).get("netRelation").asText()).isEqualTo("UPREGULATES");
        JsonNode plain = JSON.readTree(get("/api/claims/A1-c2").body());
        assertThat(plain.get("subjectState").isNull()).isTrue();
        assertThat(plain.get("netRelation").asText()).isEqualTo("MASKS");
        for (String bad : List.of("/api/search?state=none", "/api/search?state=lost", "/api/search?netRelation=EATS")) {
            HttpResponse<String> r = get(bad);
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            assertThat(JSON.readTree(r.body()).get("error").asText()).as(bad).isNotBlank();
        }
        HttpResponse<String> csv = get("/api/export?format=csv&netRelation=RESTORES_SENSITIVITY");
        assertThat(csv.body().lines().count()).isEqualTo(2);
        assertThat(csv.body().lines().findFirst().orElseThrow()).contains(",subjectState,objectState,netRelation,")
                .endsWith(",paperTitle,year,firstAuthor,doi,source");
        // A spreadsheet's byte order mark and one row per cited reference, as the command line gives them.
        assertThat(get("/api/export?format=csv&excel=true").body()).startsWith("\uFEFFclaimId,");
        long perClaim = get("/api/export?format=csv&what=claims").body().lines().filter(l -> l.startsWith("A1-c0,")).count();
        long perCitation = get("/api/export?format=csv&what=claims&perCitation=true").body().lines()
                .filter(l -> l.startsWith("A1-c0,")).count();
        assertThat(perClaim).isEqualTo(1);
        assertThat(perCitation).isEqualTo(2);
    }

    @Test
    void aSearchThatFindsNothingOffersTheNearestIndexedWordsAndNames() throws Exception {
        JsonNode misspelt = JSON.readTree(get("/api/search?q=trastuzumb").body());
        assertThat(misspelt.get("total").asInt()).isZero();
        assertThat(misspelt.get("suggestions").get("trastuzumb")).extracting(JsonNode::asText).contains("trastuzumab");
        JsonNode gene = JSON.readTree(get("/api/search?gene=PTENN").body());
        assertThat(gene.get("total").asInt()).isZero();
        assertThat(gene.get("suggestions").get("PTENN")).extracting(JsonNode::asText).contains("PTEN");
        // Hits: no suggestions.
        assertThat(JSON.readTree(get("/api/search?q=trastuzumab").body()).has("suggestions")).isFalse();
    }

    @Test
    void geneFilterTakesSynonymsAndPagingWorks() throws Exception {
        JsonNode her2 = JSON.readTree(get("/api/search?gene=HER2&claimsOnly=true").body());
        assertThat(her2.get("total").asInt()).isEqualTo(1);
        assertThat(her2.get("hits").get(0).get("claimId").asText()).isEqualTo("A1-c2");

        JsonNode all = JSON.readTree(get("/api/search?q=trastuzumab+PTEN&limit=100&claimsOnly=true").body());
        JsonNode page = JSON.readTree(get("/api/search?q=trastuzumab+PTEN&limit=2&offset=2&claimsOnly=true").body());
        assertThat(page.get("total").asInt()).isEqualTo(5);
        assertThat(page.get("hits").get(0).get("claimId")).isEqualTo(all.get("hits").get(2).get("claimId"));
        assertThat(page.get("hits").size()).isEqualTo(2);
    }

    @Test
    void badRequestsAre400WithAnErrorMessage() throws Exception {
        for (String bad : List.of("/api/search?q=" + enc("AND ("), "/api/search?limit=abc", "/api/search?hedged=maybe",
                "/api/search?mechanism=NOPE", "/api/search?q=" + enc("colour:red"), "/api/export?format=docx",
                "/api/export?what=papers&format=bibtex", "/api/search?sort=random", "/api/export?format=csv&q=" + enc("AND ("))) {
            HttpResponse<String> r = get(bad);
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            assertThat(JSON.readTree(r.body()).get("error").asText()).as(bad).isNotBlank().doesNotContain("\n\tat ");
        }
    }

    @Test
    void claimsByIdAnd404s() throws Exception {
        HttpResponse<String> ok = get("/api/claims/A1-c3");
        assertThat(ok.statusCode()).isEqualTo(200);
        JsonNode claim = JSON.readTree(ok.body());
        assertThat(claim.get("sentence").asText()).isEqualTo(Fixtures.TRICKY_SENTENCE);
        assertThat(claim.get("citations").get(0).get("label").asText()).isEqualTo("3");

        assertThat(get("/api/claims/nope").statusCode()).isEqualTo(404);
        assertThat(get("/api/claims/" + enc("a\"b:c")).statusCode()).isEqualTo(404);
        assertThat(get("/api/nothing").statusCode()).isEqualTo(404);
        assertThat(get("/etc/passwd").statusCode()).isEqualTo(404);
    }

    @Test
    void papersAndThePage() throws Exception {
        JsonNode papers = JSON.readTree(get("/api/papers").body());
        // Two fixture papers, and the late one when that test ran first.
        assertThat(papers.get("total").asInt()).isBetween(2, 3);
        JsonNode a = null;
        for (JsonNode p : papers.get("papers")) {
            a = p.get("paperId").asText().equals("A1") ? p : a;
        }
        assertThat(a.get("claims").asInt()).isEqualTo(4);
        assertThat(a.get("references").asInt()).isEqualTo(3);
        assertThat(a.get("unresolved").asInt()).isEqualTo(1);
        assertThat(a.has("journal") && a.has("pmid") && a.has("pmcid") && a.has("doi") && a.has("year")).isTrue();
        assertThat(a.get("authors").isArray()).isTrue();
        JsonNode second = JSON.readTree(get("/api/papers?limit=1&offset=1").body());
        assertThat(second.get("papers").size()).isEqualTo(1);
        assertThat(second.get("papers").get(0).get("paperId")).isEqualTo(papers.get("papers").get(1).get("paperId"));

        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body()).contains("<form id=\"search-form\"");
        assertThat(get("/app.js").headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
    }

    @Test
    void exportsTheFilteredClaimsAsCsvAndTheirReferencesAsBibtex() throws Exception {
        HttpResponse<String> csv = get("/api/export?format=csv&drug=Herceptin");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"litmine-claims.csv\"");
        List<CSVRecord> rows = ClaimExporter.csvFormat(ExportFormat.CSV).builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body())).getRecords();
        assertThat(rows).extracting(r -> r.get("claimId")).containsExactlyInAnyOrder("B1-c0", "A1-c0", "A1-c2");

        HttpResponse<String> bib = get("/api/export?format=bibtex&q=Akt");
        assertThat(bib.statusCode()).isEqualTo(200);
        assertThat(bib.body()).contains("@article{berns2007functional,").contains("@misc{");
    }

    @Test
    void streamedPaperExportHasOneLinePerMatchingPaper() throws Exception {
        HttpResponse<String> all = get("/api/export?what=papers&format=jsonl");
        assertThat(all.statusCode()).isEqualTo(200);
        List<String> lines = all.body().lines().toList();
        assertThat(lines.size()).isEqualTo(JSON.readTree(get("/api/papers").body()).get("total").asInt());
        for (String line : lines) {
            assertThat(JSON.readTree(line).get("paperId").asText()).isNotBlank();
        }
        HttpResponse<String> herceptin = get("/api/export?what=papers&format=jsonl&drug=Herceptin");
        assertThat(herceptin.body().lines().map(l -> {
            try {
                return JSON.readTree(l).get("paperId").asText();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        })).containsExactlyInAnyOrder("A1", "B1");
    }

    @Test
    void papersIngestedWhileServingAppearWithoutARestart() throws Exception {
        assertThat(JSON.readTree(get("/api/search?q=angiopoietin").body()).get("total").asInt()).isZero();

        // Another writer (in production: a separate litmine ingest process) commits a new paper.
        IndexFixtures.index(tmp.resolve("index"), tmp.resolve("shard-late"), FacetedSearchTestSupport.latePaper());

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        int total = 0;
        while (total == 0 && System.nanoTime() < deadline) {
            Thread.sleep(60);
            total = JSON.readTree(get("/api/search?q=angiopoietin").body()).get("total").asInt();
        }
        assertThat(total).isEqualTo(1);
    }
}
