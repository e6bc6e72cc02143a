package io.litmine.index.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.litmine.corpus.model.AnnotatedPaper;
import io.litmine.corpus.model.Evidence;
import io.litmine.corpus.model.Mechanism;
import io.litmine.corpus.model.Reference;
import io.litmine.corpus.model.Relation;
import io.litmine.index.Fixtures;
import io.litmine.index.IndexFixtures;
import io.litmine.index.export.ClaimExporter;
import io.litmine.index.export.ExportFormat;
import io.litmine.index.search.FacetedSearchTestSupport;
import io.litmine.index.search.LiveEvidenceIndex;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in a real headless Chromium (Debian's chromium + chromium-driver, which CI's
 * {@code .ci/run} installs): search, a facet, a citation, the CSV download, and a paper that tries
 * to inject script. Skipped, with a message, where the browser is not installed.
 */
@Tag("slow")
class WebPageBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String XSS_SENTENCE =
            "ERBB2 <img src=x onerror=\"window.__xss=1\"> binds <script>window.__xss=2</script> pertuzumab (1).";

    @TempDir
    static Path tmp;

    private static LiveEvidenceIndex index;
    private static EvidenceServer server;
    private static WebDriver browser;
    private static WebDriverWait wait;
    private static Path downloads;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "skipped: needs Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)");
        IndexFixtures.index(tmp.resolve("index"), tmp.resolve("shard"), Fixtures.paperA(), Fixtures.paperB(), hostilePaper());
        index = LiveEvidenceIndex.open(tmp.resolve("index"), FacetedSearchTestSupport.SYNONYMS, Duration.ofSeconds(1));
        server = EvidenceServer.start(index, ServerConfig.defaults().withPort(0));
        downloads = Files.createDirectories(tmp.resolve("downloads"));

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The flags this machine kind needs: no sandbox as root, and no background network calls
        // (the closed network refuses them and Chromium retries at length).
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + tmp.resolve("profile"));
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (index != null) {
            index.close();
        }
    }

    /** A paper whose title, sentence and reference carry markup and script. */
    static AnnotatedPaper hostilePaper() {
        return Fixtures.paper("X1", "corpus/hostile.html", "<script>window.__xss=3</script>Hostile <b>title</b>", "Results",
                List.of(Reference.unparsed("1", 1, "<img src=x onerror=\"window.__xss=4\">Evil ref")),
                List.of(new Fixtures.ClaimSpec(XSS_SENTENCE, "ERBB2", "ERBB2", Relation.BINDS, "pertuzumab", "pertuzumab",
                        false, true, Evidence.CLINICAL, Mechanism.HER2_ACCESS, List.of("ERBB2"), List.of("pertuzumab"),
                        List.of(1), List.of())));
    }

    private static void search(String query) {
        WebElement box = browser.findElement(By.id("q"));
        box.clear();
        box.sendKeys(query);
        browser.findElement(By.id("search")).click();
    }

    private static List<WebElement> hits() {
        return browser.findElements(By.cssSelector("#hits > li.hit"));
    }

    @Test
    void searchFacetCitationAndCsvDownload() throws Exception {
        browser.get(server.baseUrl() + "/");
        wait.until(d -> d.findElement(By.id("summary")).getText().startsWith("7 sentence(s)"));

        search("trastuzumab");
        wait.until(d -> d.findElement(By.id("summary")).getText().startsWith("3 sentence(s)"));
        assertThat(hits()).hasSize(3);
        WebElement first = browser.findElement(By.cssSelector("li.hit[data-sentence='A1#0']"));
        assertThat(first.findElement(By.cssSelector(".sentence mark")).getText()).isEqualTo("trastuzumab");
        // The sentence's entity mentions in their colours, with the name they stand for.
        WebElement gene = first.findElement(By.cssSelector(".sentence .entity.gene"));
        assertThat(gene.getText()).isEqualTo("Loss of PTEN");
        assertThat(gene.getAttribute("title")).isEqualTo("gene: PTEN");
        assertThat(first.findElements(By.cssSelector("li.claim"))).extracting(c -> c.getAttribute("data-claim"))
                .containsExactly("A1-c0");
        // A link to the paper's own file (the fixture papers have no DOI or PubMed id).
        assertThat(first.findElements(By.cssSelector(".paper .links a"))).extracting(a -> a.getAttribute("href"))
                .containsExactly(server.baseUrl() + "/api/papers/A1/file");
        assertThat(first.findElements(By.cssSelector(".chip.gene"))).extracting(WebElement::getText)
                .containsExactly("PTEN", "PI3K", "AKT1");

        // Expand a citation: the reference text appears.
        WebElement citation = first.findElement(By.cssSelector("details.citation"));
        WebElement reference = citation.findElement(By.cssSelector(".reference"));
        assertThat(reference.isDisplayed()).isFalse();
        citation.findElement(By.tagName("summary")).click();
        wait.until(ExpectedConditions.visibilityOf(reference));
        assertThat(reference.getText()).startsWith("Berns K, Horlings HM");
        // Links out: the parsed entry's DOI and PubMed id.
        assertThat(reference.findElements(By.cssSelector(".links a"))).extracting(a -> a.getAttribute("href"))
                .containsExactly("https://doi.org/10.1016/j.ccr.2007.08.030", "https://pubmed.ncbi.nlm.nih.gov/17936563/");

        // The search is in the address: a reload gives the same results.
        assertThat(browser.getCurrentUrl()).endsWith("/?q=trastuzumab");
        browser.navigate().refresh();
        wait.until(d -> d.findElement(By.id("summary")).getText().startsWith("3 sentence(s)"));
        assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo("trastuzumab");
        first = browser.findElement(By.cssSelector("li.hit[data-sentence='A1#0']"));

        // Apply a facet: only the HER2-access claim is left, with its unresolved callout marked.
        browser.findElement(By.cssSelector("button.facet-value[data-dim='mechanism'][data-value='HER2_ACCESS']")).click();
        wait.until(d -> d.findElement(By.id("summary")).getText().startsWith("1 sentence(s)"));
        WebElement only = hits().get(0);
        assertThat(only.findElement(By.cssSelector("li.claim")).getAttribute("data-claim")).isEqualTo("A1-c2");
        assertThat(only.findElement(By.cssSelector(".citation.unresolved")).getText()).isEqualTo("[7] unresolved");

        // Download the current result set and read its rows.
        browser.findElement(By.id("download")).click();
        Path csv = downloads.resolve("litmine-claims.csv");
        wait.until(d -> Files.exists(csv) && !Files.exists(downloads.resolve("litmine-claims.csv.crdownload")));
        List<CSVRecord> rows;
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            rows = ClaimExporter.csvFormat(ExportFormat.CSV).builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(in).getRecords();
        }
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("claimId")).isEqualTo("A1-c2");
        assertThat(rows.get(0).get("mechanism")).isEqualTo("HER2_ACCESS");
        assertThat(rows.get(0).get("unresolved")).isEqualTo("7");
    }

    @Test
    void claimsShowWhatTheyAssertWhenTheSubjectsStateChangesItAndStatesFilter() {
        browser.get(server.baseUrl() + "/");
        wait.until(d -> d.findElement(By.id("summary")).getText().startsWith("7 sentence(s)"));

        // "Loss of PTEN ... causes trastuzumab resistance": as written, then what it asserts of PTEN.
        WebElement loss = browser.findElement(By.cssSelector("li.claim[data-claim='A1-c0']"));
        assertThat(loss.findElement(By.cssSelector(".meta")).getText())
                .startsWith("Loss of PTEN — CAUSES_RESISTANCE — trastuzumab ⇒ PTEN RESTORES_SENSITIVITY trastuzumab ·");
        // A gain keeps the relation: only noted. No state: shown as before.
        WebElement gain = browser.findElement(By.cssSelector("li.claim[data-claim='B1-c0']"));
        assertThat(gain.findElements(By.cssSelector(".asserted"))).isEmpty();
        assertThat(gain.findElement(By.cssSelector(".states")).getText()).isEqualTo("(subject gain)");
        WebElement plain = browser.findElement(By.cssSelector("li.claim[data-claim='A1-c2']"));
        assertThat(plain.findElements(By.cssSelector(".asserted, .states"))).isEmpty();
        assertThat(plain.findElement(By.cssSelector(".meta")).getText()).startsWith("MUC4 — MASKS — HER2 · HER2_ACCESS");
        // The regulation relations are drawn as arrows, the same as `litmine search` prints them.
        assertThat(((JavascriptExecutor) browser).executeScript("return asserted({relation: 'ACTIVATES', "
                + "netRelation: 'INHIBITS', subject: 'PTEN loss', subjectId: 'PTEN', object: 'Akt'});")).isEqualTo("PTEN ⊣ Akt");
        assertThat(((JavascriptExecutor) browser).executeScript("return asserted({relation: 'DOWNREGULATES', "
                + "netRelation: 'UPREGULATES', subject: 'loss of X', subjectId: null, object: 'Y'});")).isEqualTo("loss of X → Y");

        // The state and net-relation facets filter through the API's parameters.
        browser.findElement(By.cssSelector("button.facet-value[data-dim='state'][data-value='loss']")).click();
        wait.until(d -> d.findElement(By.id("summary")).getText().startsWith("1 sentence(s)"));
        assertThat(hits().get(0).findElement(By.cssSelector("li.claim")).getAttribute("data-claim")).isEqualTo("A1-c0");
        browser.findElement(By.cssSelector("#active-filters .chip")).click();
        wait.until(d -> d.findElement(By.id("summary")).getText().startsWith("7 sentence(s)"));
        browser.findElement(By.cssSelector("button.facet-value[data-dim='netRelation'][data-value='UPREGULATES']")).click();
        wait.until(d -> d.findElement(By.id("summary")).getText().startsWith("1 sentence(s)"));
        assertThat(hits().get(0).findElement(By.cssSelector("li.claim")).getAttribute("data-claim")).isEqualTo("B1-c0");

        // "claims only": one hit per claim, in the URL too.
        browser.findElement(By.id("claims-only")).click();
        wait.until(d -> d.findElement(By.id("summary")).getText().startsWith("1 claim(s)"));
        assertThat(hits().get(0).getAttribute("data-claim")).isEqualTo("B1-c0");
        assertThat(browser.getCurrentUrl()).contains("claimsOnly=true");
        browser.navigate().back();
        wait.until(d -> d.findElement(By.id("summary")).getText().startsWith("1 sentence(s)"));
        assertThat(browser.findElement(By.id("claims-only")).isSelected()).isFalse();
    }

    @Test
    void markupFromAPaperIsShownAsTextAndNeverRuns() {
        browser.get(server.baseUrl() + "/");
        wait.until(d -> d.findElement(By.id("summary")).getText().startsWith("7 sentence(s)"));
        search("pertuzumab");
        wait.until(d -> d.findElement(By.id("summary")).getText().startsWith("1 sentence(s)"));

        WebElement hit = hits().get(0);
        assertThat(hit.findElement(By.cssSelector(".sentence")).getText())
                .contains("<img src=x onerror=\"window.__xss=1\">").contains("<script>window.__xss=2</script>");
        assertThat(hit.findElement(By.cssSelector(".sentence mark")).getText()).isEqualTo("pertuzumab");
        assertThat(hit.findElement(By.cssSelector(".paper")).getText()).startsWith("<script>window.__xss=3</script>Hostile <b>title</b>");
        hit.findElement(By.cssSelector("details.citation summary")).click();
        assertThat(hit.findElement(By.cssSelector(".reference")).getText()).isEqualTo("<img src=x onerror=\"window.__xss=4\">Evil ref");
        // No element came from the paper's markup, and none of its script ran.
        assertThat(browser.findElements(By.cssSelector("#hits img, #hits script, #hits b"))).isEmpty();
        assertThat(((JavascriptExecutor) browser).executeScript("return window.__xss === undefined;")).isEqualTo(true);
        assertThat(hit.findElement(By.cssSelector(".badge.hedged")).getText()).isEqualTo("hedged");
    }

    @Test
    void theMechanismMapFiltersFromACellAndSearchesAnEdgeByKeyboard() {
        browser.get(server.baseUrl() + "/");
        wait.until(d -> d.findElement(By.id("summary")).getText().startsWith("7 sentence(s)"));
        assertThat(browser.findElement(By.id("map")).isDisplayed()).isFalse();
        browser.findElement(By.id("map-toggle")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#map svg.heatmap g.cell")).isEmpty()
                && !d.findElements(By.cssSelector("#map svg.graph line.edge")).isEmpty());
        assertThat(browser.findElement(By.id("map-toggle")).getAttribute("aria-expanded")).isEqualTo("true");
        // An edge, by keyboard: MUC4 MASKS ERBB2 searches the sentences asserting it.
        WebElement edge = browser.findElement(By.cssSelector("#map line.edge[data-source='MUC4'][data-target='ERBB2']"));
        assertThat(edge.getAttribute("data-relation")).isEqualTo("MASKS");
        edge.sendKeys(org.openqa.selenium.Keys.ENTER);
        wait.until(d -> d.findElement(By.id("summary")).getText().startsWith("1 sentence(s)"));
        assertThat(browser.findElement(By.id("q")).getAttribute("value"))
                .isEqualTo("subjectId:\"MUC4\" AND netRelation:MASKS AND objectId:\"ERBB2\"");
        assertThat(hits().get(0).findElement(By.cssSelector("li.claim")).getAttribute("data-claim")).isEqualTo("A1-c2");
        // The map follows the search: one edge now.
        wait.until(d -> d.findElements(By.cssSelector("#map svg.graph line.edge")).size() == 1);

        // A cell: gene × relation becomes two filters, and its count is what they find.
        search("");
        wait.until(d -> d.findElement(By.id("summary")).getText().startsWith("7 sentence(s)"));
        wait.until(d -> !d.findElements(By.cssSelector("#map g.cell[data-gene='PTEN'][data-value='CAUSES_RESISTANCE']")).isEmpty());
        WebElement cell = browser.findElement(By.cssSelector("#map g.cell[data-gene='PTEN'][data-value='CAUSES_RESISTANCE']"));
        assertThat(cell.findElement(By.tagName("title")).getAttribute("textContent")).endsWith(": 1 claim(s)");
        cell.findElement(By.tagName("rect")).click();
        wait.until(d -> d.findElement(By.id("summary")).getText().startsWith("1 sentence(s)"));
        assertThat(browser.findElements(By.cssSelector("#active-filters .chip"))).extracting(WebElement::getText)
                .containsExactlyInAnyOrder("gene: PTEN ×", "relation: CAUSES_RESISTANCE ×");
        assertThat(browser.getCurrentUrl()).contains("gene=PTEN").contains("relation=CAUSES_RESISTANCE");
    }
}
