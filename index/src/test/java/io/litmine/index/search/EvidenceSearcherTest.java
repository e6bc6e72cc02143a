package io.litmine.index.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.litmine.corpus.model.CitationCheck;
import io.litmine.corpus.model.Claim;
import io.litmine.index.Fixtures;
import io.litmine.index.IndexFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceSearcherTest {

    @TempDir
    static Path tmp;

    private static EvidenceSearcher searcher;

    @BeforeAll
    static void indexFixtures() throws Exception {
        IndexFixtures.index(tmp.resolve("index"), tmp.resolve("shard"), Fixtures.paperA(), Fixtures.paperB());
        searcher = EvidenceSearcher.open(tmp.resolve("index"));
    }

    @AfterAll
    static void close() throws Exception {
        searcher.close();
    }

    private static List<String> ids(SearchResults results) {
        return results.hits().stream().map(h -> h.claim().claimId()).toList();
    }

    @Test
    void claimsMentioningBothTermsRankFirst() throws Exception {
        SearchResults results = searcher.search(SearchRequest.of("PTEN PI3K"));

        // A1-c0 and A1-c1 mention both; B1-c1 mentions PTEN only (OR: it still matches, lower).
        assertThat(results.total()).isEqualTo(3);
        assertThat(ids(results).subList(0, 2)).containsExactlyInAnyOrder("A1-c0", "A1-c1");
        assertThat(ids(results).get(2)).isEqualTo("B1-c1");
        assertThat(results.hits().get(0).score()).isGreaterThan(results.hits().get(2).score());
    }

    @Test
    void theCitationCheckFiltersHits() throws Exception {
        // The fixtures' claims carry no title-supported citation: cited ones are unverified.
        assertThat(ids(searcher.search(SearchRequest.of("PTEN").withFilters(SearchFilters.NONE.withCitationChecks(List.of(CitationCheck.UNVERIFIED))))))
                .containsExactlyInAnyOrder("A1-c0", "A1-c1");
        assertThat(ids(searcher.search(SearchRequest.of("PTEN").withFilters(SearchFilters.NONE.withCitationChecks(List.of(CitationCheck.NONE))))))
                .containsExactly("B1-c1");
        assertThat(searcher.search(SearchRequest.of("PTEN").withFilters(SearchFilters.NONE.withCitationChecks(List.of(CitationCheck.TITLE_SUPPORTED)))).total()).isZero();
    }

    @Test
    void aPartOfACompoundNameFindsIt() throws Exception {
        assertThat(ids(searcher.search(SearchRequest.of("Akt")))).containsExactly("A1-c0");
        assertThat(ids(searcher.search(SearchRequest.of("HER2")))).containsExactly("A1-c2");
        assertThat(ids(searcher.search(SearchRequest.of("positive")))).containsExactly("A1-c2");
        assertThat(ids(searcher.search(SearchRequest.of("TGF")))).containsExactly("A1-c3");
    }

    @Test
    void aCompoundNameFindsItselfUnquoted() throws Exception {
        assertThat(ids(searcher.search(SearchRequest.of("PI3K/Akt")))).first().isEqualTo("A1-c0");
        assertThat(ids(searcher.search(SearchRequest.of("HER2-positive")))).containsExactly("A1-c2");
        assertThat(ids(searcher.search(SearchRequest.of("\"TGF-α signalling\"")))).containsExactly("A1-c3");
    }

    @Test
    void hitsCarryTitleHighlightAndCitedReferences() throws Exception {
        SearchHit hit = searcher.search(SearchRequest.of("PI3K")).hits().stream()
                .filter(h -> h.claim().claimId().equals("A1-c0")).findFirst().orElseThrow();

        assertThat(hit.paperTitle()).isEqualTo("PTEN loss and trastuzumab resistance");
        assertThat(hit.highlight()).contains("<mark>").containsIgnoringCase("PI3K").endsWith("(1, 2).");
        assertThat(hit.citations()).extracting(CitedReference::label, CitedReference::index)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1", 1), org.assertj.core.groups.Tuple.tuple("2", 2));
        assertThat(hit.citations().get(1).reference()).startsWith("Nagata Y");
    }

    @Test
    void highlightsAreHtmlEscaped() throws Exception {
        SearchHit hit = searcher.search(SearchRequest.of("relapse")).hits().get(0);

        assertThat(hit.highlight()).contains("<mark>relapse</mark>").contains("&quot;associated&quot;");
        assertThat(searcher.search(SearchRequest.of("Akt")).hits().get(0).highlight()).contains("<mark>PI3K/Akt</mark>");
    }

    @Test
    void pagesFollowTheRanking() throws Exception {
        List<String> all = ids(searcher.search(SearchRequest.of("trastuzumab PTEN").withLimit(100)));
        assertThat(all).hasSize(5);

        SearchResults page2 = searcher.search(new SearchRequest("trastuzumab PTEN", 2, 2));
        SearchResults beyond = searcher.search(new SearchRequest("trastuzumab PTEN", 2, 10));

        assertThat(page2.total()).isEqualTo(5);
        assertThat(ids(page2)).isEqualTo(all.subList(2, 4));
        assertThat(beyond.total()).isEqualTo(5);
        assertThat(beyond.hits()).isEmpty();
    }

    @Test
    void aBlankQueryMatchesEveryClaim() throws Exception {
        SearchResults results = searcher.search(SearchRequest.of("  "));

        assertThat(results.total()).isEqualTo(6);
        assertThat(results.hits()).allSatisfy(h -> assertThat(h.highlight()).doesNotContain("<mark>"));
    }

    @Test
    void aMalformedQueryIsAOneLineSyntaxError() {
        assertThatThrownBy(() -> searcher.search(SearchRequest.of("AND (")))
                .isInstanceOf(QuerySyntaxException.class)
                .hasMessageStartingWith("cannot parse query 'AND (': ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void claimsComeInPaperThenOffsetOrder() throws Exception {
        // Sources: corpus/angiogenesis.txt (B) sorts before corpus/pten-review.txt (A).
        assertThat(searcher.claims(null)).extracting(Claim::claimId)
                .containsExactly("B1-c0", "B1-c1", "A1-c0", "A1-c1", "A1-c2", "A1-c3");
        assertThat(searcher.claims("trastuzumab")).extracting(Claim::claimId)
                .containsExactly("B1-c0", "A1-c0", "A1-c2");
        assertThat(searcher.claims("PTEN")).containsExactly(
                Fixtures.paperB().claims().get(1), Fixtures.paperA().claims().get(0), Fixtures.paperA().claims().get(1));
    }

    @Test
    void papersComeBackWholeInSourceOrder() throws Exception {
        assertThat(searcher.papers()).containsExactly(Fixtures.paperB(), Fixtures.paperA());
        assertThat(searcher.paperCount()).isEqualTo(2);
    }

    @Test
    void lookupsByIdAndCitedReferences() throws Exception {
        Claim tricky = Fixtures.paperA().claims().get(3);

        assertThat(searcher.claim("A1-c3")).contains(tricky);
        assertThat(searcher.claim("nope")).isEmpty();
        assertThat(searcher.citedReferences(tricky)).containsExactly(
                new CitedReference("3", 3, Fixtures.referencesA().get(2).raw()));
        assertThat(searcher.containsPaper("B1")).isTrue();
        assertThat(searcher.containsPaper("B2")).isFalse();
    }

    @Test
    void openingAMissingIndexIsATypedError() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));

        assertThatThrownBy(() -> EvidenceSearcher.open(tmp.resolve("nowhere")))
                .isInstanceOf(MissingIndexException.class)
                .hasMessage("no litmine index at " + tmp.resolve("nowhere"));
        assertThatThrownBy(() -> EvidenceSearcher.open(empty)).isInstanceOf(MissingIndexException.class);
    }

    @Test
    void requestsAreValidated() {
        assertThatThrownBy(() -> new SearchRequest("x", 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SearchRequest("x", 10, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new SearchRequest(null, 5, 0).query()).isEmpty();
    }
}
