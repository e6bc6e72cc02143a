package io.litmine.index.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.litmine.corpus.extract.PaperExtractor;
import io.litmine.corpus.model.AnnotatedPaper;
import io.litmine.corpus.model.Paper;
import io.litmine.corpus.model.Sentence;
import io.litmine.index.IndexFixtures;
import io.litmine.index.search.EntityResolver;
import io.litmine.index.search.LiveEvidenceIndex;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hit links to its paper: DOI, PubMed and PMC ids from the file, and the file itself through
 * {@code /api/papers/{id}/file} — the indexed bytes only, sandboxed, never another path.
 */
class PaperFileTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HTML = """
            <html><head><title>PTEN loss and trastuzumab resistance in cell lines</title>
            <meta name="citation_journal_title" content="Cancer Cell">
            <meta name="citation_doi" content="10.1016/j.ccr.2004.06.022">
            <meta name="citation_pmid" content="15324695">
            </head><body><h1>PTEN loss and trastuzumab resistance in cell lines</h1>
            <p>Loss of PTEN activates PI3K signalling in trastuzumab-treated cells.</p>
            <script>window.__ran = 1</script></body></html>""";

    @TempDir
    Path tmp;

    @Test
    void aHitCarriesItsPapersIdsAndTheFileIsServedAsIndexedOnly() throws Exception {
        Path file = tmp.resolve("papers/pten.html");
        Files.createDirectories(file.getParent());
        Files.writeString(file, HTML);
        Paper paper = new PaperExtractor().extract(file.toString(), Files.readAllBytes(file));
        String body = paper.body();
        int at = body.indexOf("Loss of PTEN");
        String sentence = "Loss of PTEN activates PI3K signalling in trastuzumab-treated cells.";
        AnnotatedPaper annotated = new AnnotatedPaper(paper,
                List.of(new Sentence(0, sentence, at, at + sentence.length(), "")), List.of(), List.of(), List.of());
        IndexFixtures.index(tmp.resolve("index"), tmp.resolve("shard"), annotated);
        try (LiveEvidenceIndex index = LiveEvidenceIndex.open(tmp.resolve("index"), EntityResolver.NONE, Duration.ofMillis(50));
                EvidenceServer server = EvidenceServer.start(index, ServerConfig.defaults().withPort(0))) {
            JsonNode hit = JSON.readTree(get(server, "/api/search?q=PTEN").body()).get("hits").get(0);
            JsonNode meta = hit.get("paper");
            assertThat(meta.get("journal").asText()).isEqualTo("Cancer Cell");
            assertThat(meta.get("pmid").asText()).isEqualTo("15324695");
            assertThat(meta.get("pmcid").isNull()).isTrue();
            assertThat(meta.get("doi").asText()).isEqualTo("10.1016/j.ccr.2004.06.022");
            assertThat(meta.get("title").asText()).isEqualTo("PTEN loss and trastuzumab resistance in cell lines");

            JsonNode listed = JSON.readTree(get(server, "/api/papers").body()).get("papers").get(0);
            assertThat(listed.get("journal").asText()).isEqualTo("Cancer Cell");
            assertThat(listed.get("pmid").asText()).isEqualTo("15324695");
            assertThat(listed.get("doi").asText()).isEqualTo("10.1016/j.ccr.2004.06.022");

            String url = "/api/papers/" + paper.paperId() + "/file";
            HttpResponse<String> served = get(server, url);
            assertThat(served.statusCode()).isEqualTo(200);
            assertThat(served.body()).isEqualTo(HTML);
            assertThat(served.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
            assertThat(served.headers().firstValue("Content-Security-Policy")).hasValue("sandbox");

            assertThat(get(server, "/api/papers/nosuchpaper/file").statusCode()).isEqualTo(404);
            assertThat(get(server, "/api/papers/..%2F..%2Fetc%2Fpasswd/file").statusCode()).isEqualTo(404);
            Files.writeString(file, HTML.replace("PTEN", "PTEN and more"));
            HttpResponse<String> changed = get(server, url);
            assertThat(changed.statusCode()).isEqualTo(409);
            assertThat(JSON.readTree(changed.body()).get("error").asText()).contains("has changed since it was indexed");
            Files.delete(file);
            assertThat(get(server, url).statusCode()).isEqualTo(404);
        }
    }

    private static HttpResponse<String> get(EvidenceServer server, String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
