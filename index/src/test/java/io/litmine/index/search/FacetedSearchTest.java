package io.litmine.index.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.litmine.corpus.model.AnnotatedPaper;
import io.litmine.corpus.model.ArgumentState;
import io.litmine.corpus.model.EntityType;
import io.litmine.corpus.model.Evidence;
import io.litmine.corpus.model.Mechanism;
import io.litmine.corpus.model.Paper;
import io.litmine.corpus.model.Relation;
import io.litmine.index.Fixtures;
import io.litmine.index.IndexFixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Filters, field syntax, synonyms, facets and sorting by support, over the fixture papers. */
class FacetedSearchTest {

    /** A small lexicon: the index module only sees the interface; the real one is tested in pipeline. */
    static final EntityResolver SYNONYMS = (type, surface) -> {
        String s = surface.toLowerCase(java.util.Locale.ROOT);
        if (type == EntityType.GENE) {
            return switch (s) {
                case "her2", "erbb2", "neu" -> Set.of("ERBB2");
                case "tgf-alpha", "tgf-α", "tgfa" -> Set.of("TGFA");
                case "p27kip1", "p27(kip1)", "cdkn1b" -> Set.of("CDKN1B");
                default -> Set.of();
            };
        }
        return s.equals("herceptin") ? Set.of("trastuzumab") : Set.of();
    };

    @TempDir
    static Path tmp;

    private static EvidenceSearcher searcher;

    @BeforeAll
    static void indexFixtures() throws Exception {
        IndexFixtures.index(tmp.resolve("index"), tmp.resolve("shard"),
                withYear(Fixtures.paperA(), 2019), withYear(Fixtures.paperB(), 2021), thirdPaper());
        searcher = EvidenceSearcher.open(tmp.resolve("index"), SYNONYMS);
    }

    @AfterAll
    static void close() throws Exception {
        searcher.close();
    }

    static AnnotatedPaper withYear(AnnotatedPaper a, int year) {
        Paper p = a.paper();
        Paper dated = new Paper(p.paperId(), p.source(), p.title(), List.of("Doe J"), year, null, p.text(), p.sections(),
                p.references(), p.bodyEnd(), List.of());
        return new AnnotatedPaper(dated, a.sentences(), a.mentions(), a.citations(), a.claims());
    }

    /**
     * Another paper asserting what A1-c0 asserts (PTEN loss CAUSES_RESISTANCE trastuzumab, net PTEN
     * RESTORES_SENSITIVITY trastuzumab): support 2; and "reduced p27" (LOSS) DOWNREGULATES, net UPREGULATES.
     */
    static AnnotatedPaper thirdPaper() {
        return Fixtures.paper("C1", "corpus/third.txt", "Third review", "Results", List.of(), List.of(
                new Fixtures.ClaimSpec("PTEN loss causes resistance to Herceptin in neu-amplified tumours.",
                        "PTEN loss", "PTEN", Relation.CAUSES_RESISTANCE, "Herceptin", "trastuzumab", false, false,
                        Evidence.CLINICAL, Mechanism.DOWNSTREAM_ACTIVATION, List.of("PTEN", "ERBB2"),
                        List.of("trastuzumab"), List.of(), List.of(), ArgumentState.LOSS, ArgumentState.NONE),
                new Fixtures.ClaimSpec("Reduced p27(kip1) may shorten the G1 arrest.",
                        "p27(kip1)", "CDKN1B", Relation.DOWNREGULATES, "G1 arrest", null, false, true,
                        Evidence.IN_VITRO, Mechanism.CELL_CYCLE, List.of("CDKN1B"), List.of(), List.of(), List.of(),
                        ArgumentState.LOSS, ArgumentState.NONE)));
    }

    private static List<String> ids(SearchRequest request) throws Exception {
        return searcher.search(request.withLimit(100)).hits().stream().map(h -> h.claim().claimId()).toList();
    }

    private static SearchRequest filtered(String query, SearchFilters filters) {
        return SearchRequest.of(query).withFilters(filters);
    }

    @Test
    void aGeneFilterAcceptsAnySynonym() throws Exception {
        for (String name : List.of("HER2", "ErbB2", "neu", "ERBB2")) {
            assertThat(ids(filtered("", SearchFilters.NONE.withGenes(List.of(name)))))
                    .as(name).containsExactlyInAnyOrder("A1-c2", "C1-c0");
        }
        assertThat(ids(filtered("", SearchFilters.NONE.withDrugs(List.of("Herceptin")))))
                .containsExactlyInAnyOrder("A1-c0", "A1-c2", "B1-c0", "C1-c0");
    }

    @Test
    void fieldSyntaxUsesTheAliasesAndSynonyms() throws Exception {
        assertThat(ids(SearchRequest.of("gene:HER2 AND mechanism:HER2_ACCESS"))).containsExactly("A1-c2");
        assertThat(ids(SearchRequest.of("gene:neu"))).containsExactlyInAnyOrder("A1-c2", "C1-c0");
        assertThat(ids(SearchRequest.of("relation:inhibits OR relation:MASKS"))).containsExactly("A1-c2");
        assertThat(ids(SearchRequest.of("evidence:IN_VITRO"))).containsExactlyInAnyOrder("A1-c1", "C1-c1");
        assertThat(ids(SearchRequest.of("hedged:true"))).containsExactlyInAnyOrder("A1-c1", "C1-c1");
        assertThat(ids(SearchRequest.of("negated:true"))).containsExactly("B1-c1");
        assertThat(ids(SearchRequest.of("year:2021"))).containsExactlyInAnyOrder("B1-c0", "B1-c1");
        assertThat(ids(SearchRequest.of("year:[2018 TO 2020]"))).hasSize(4);
        assertThat(ids(SearchRequest.of("section:Discussion"))).containsExactlyInAnyOrder("B1-c0", "B1-c1");
        assertThat(ids(SearchRequest.of("cites:Berns"))).containsExactly("A1-c0");
        assertThat(ids(SearchRequest.of("doi:10.1016/J.CCR.2007.08.030"))).containsExactly("A1-c0");
    }

    @Test
    void freeTextFindsClaimsTaggedWithTheNamedEntity() throws Exception {
        // C1-c0 says "neu", A1-c2 "HER2"; both are tagged ERBB2.
        assertThat(ids(SearchRequest.of("ErbB2"))).containsExactlyInAnyOrder("A1-c2", "C1-c0");
        assertThat(ids(SearchRequest.of("TGFA"))).containsExactly("A1-c3");
        assertThat(ids(SearchRequest.of("TGF-alpha"))).containsExactly("A1-c3");
        assertThat(ids(SearchRequest.of("p27kip1"))).containsExactly("C1-c1");
        assertThat(ids(SearchRequest.of("kip1"))).containsExactly("C1-c1");
    }

    @Test
    void unknownFieldsAndValuesAreSyntaxErrors() {
        assertThatThrownBy(() -> searcher.search(SearchRequest.of("colour:red")))
                .isInstanceOf(QuerySyntaxException.class).hasMessageContaining("unknown field 'colour'");
        assertThatThrownBy(() -> searcher.search(SearchRequest.of("relation:EATS")))
                .isInstanceOf(QuerySyntaxException.class).hasMessageContaining("unknown relation 'EATS'");
        assertThatThrownBy(() -> searcher.search(SearchRequest.of("hedged:maybe")))
                .isInstanceOf(QuerySyntaxException.class).hasMessageContaining("hedged must be true or false");
    }

    @Test
    void everyFacetCountsTheMatchingClaims() throws Exception {
        SearchResults all = searcher.search(SearchRequest.of("").withFacets(true));
        Map<FacetDimension, Map<String, Long>> f = all.facets();

        assertThat(all.total()).isEqualTo(8);
        assertThat(f.get(FacetDimension.GENE)).containsEntry("PTEN", 4L).containsEntry("ERBB2", 2L).containsEntry("CDKN1B", 1L);
        assertThat(f.get(FacetDimension.GENE).keySet()).first().isEqualTo("PTEN");
        assertThat(f.get(FacetDimension.DRUG)).containsExactlyInAnyOrderEntriesOf(
                Map.of("trastuzumab", 4L, "lapatinib", 1L, "bevacizumab", 1L));
        assertThat(f.get(FacetDimension.MECHANISM)).containsEntry("DOWNSTREAM_ACTIVATION", 3L).containsEntry("HER2_ACCESS", 1L)
                .containsEntry("CELL_CYCLE", 1L);
        assertThat(f.get(FacetDimension.RELATION)).containsEntry("CAUSES_RESISTANCE", 2L).containsEntry("MASKS", 1L);
        assertThat(f.get(FacetDimension.EVIDENCE)).containsEntry("clinical", 3L).containsEntry("in_vitro", 2L);
        assertThat(f.get(FacetDimension.YEAR)).containsExactlyInAnyOrderEntriesOf(Map.of("2019", 4L, "2021", 2L));

        SearchResults filtered = searcher.search(SearchRequest.of("PTEN").withFacets(true)
                .withFilters(SearchFilters.NONE.withMechanisms(List.of(Mechanism.DOWNSTREAM_ACTIVATION))));
        assertThat(filtered.total()).isEqualTo(3);
        assertThat(filtered.facets().get(FacetDimension.MECHANISM)).containsExactly(Map.entry("DOWNSTREAM_ACTIVATION", 3L));
        assertThat(filtered.facets().get(FacetDimension.YEAR)).containsExactlyInAnyOrderEntriesOf(Map.of("2019", 2L));
    }

    @Test
    void filtersCombineAndEachDimensionTakesAlternatives() throws Exception {
        SearchFilters f = SearchFilters.NONE.withRelations(List.of(Relation.MASKS, Relation.BINDS)).withYears(List.of("2021"));
        assertThat(ids(filtered("", f))).containsExactly("B1-c1");
        assertThat(ids(filtered("", SearchFilters.NONE.withHedged(false).withGenes(List.of("PTEN")))))
                .containsExactlyInAnyOrder("A1-c0", "B1-c1", "C1-c0");
        assertThat(ids(filtered("", SearchFilters.NONE.withEvidence(List.of(Evidence.IN_VIVO))))).containsExactly("B1-c0");
        assertThat(ids(filtered("", SearchFilters.NONE.withNegated(true)))).containsExactly("B1-c1");
    }

    @Test
    void netRelationAndStateFilterWhatClaimsAssertNotHowTheyAreWritten() throws Exception {
        // A1-c0 and C1-c0: PTEN loss CAUSES_RESISTANCE (net RESTORES_SENSITIVITY); C1-c1: reduced p27
        // DOWNREGULATES (net UPREGULATES); B1-c0: VEGF overexpression UPREGULATES (a gain keeps the sign).
        assertThat(ids(filtered("", SearchFilters.NONE.withNetRelations(List.of(Relation.RESTORES_SENSITIVITY)))))
                .containsExactlyInAnyOrder("A1-c0", "C1-c0");
        assertThat(ids(filtered("", SearchFilters.NONE.withNetRelations(List.of(Relation.CAUSES_RESISTANCE))))).isEmpty();
        assertThat(ids(filtered("", SearchFilters.NONE.withRelations(List.of(Relation.CAUSES_RESISTANCE)))))
                .containsExactlyInAnyOrder("A1-c0", "C1-c0");
        assertThat(ids(filtered("", SearchFilters.NONE.withNetRelations(List.of(Relation.UPREGULATES, Relation.MASKS)))))
                .containsExactlyInAnyOrder("B1-c0", "C1-c1", "A1-c2");
        assertThat(ids(filtered("", SearchFilters.NONE.withStates(List.of(ArgumentState.LOSS)))))
                .containsExactlyInAnyOrder("A1-c0", "C1-c0", "C1-c1");
        assertThat(ids(filtered("", SearchFilters.NONE.withStates(List.of(ArgumentState.GAIN)).withGenes(List.of("VEGFA")))))
                .containsExactly("B1-c0");
        assertThat(ids(filtered("", SearchFilters.NONE.withStates(List.of(ArgumentState.MUTANT))))).isEmpty();
        assertThatThrownBy(() -> SearchFilters.NONE.withStates(List.of(ArgumentState.NONE)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void netRelationAndStatesInTheQuerySyntaxAndAsFacets() throws Exception {
        assertThat(ids(SearchRequest.of("netRelation:restores_sensitivity"))).containsExactlyInAnyOrder("A1-c0", "C1-c0");
        assertThat(ids(SearchRequest.of("state:GAIN"))).containsExactly("B1-c0");
        assertThat(ids(SearchRequest.of("subjectState:loss AND netRelation:UPREGULATES"))).containsExactly("C1-c1");
        assertThat(ids(SearchRequest.of("objectState:loss"))).isEmpty();
        assertThatThrownBy(() -> searcher.search(SearchRequest.of("state:none")))
                .isInstanceOf(QuerySyntaxException.class).hasMessageContaining("state must be loss, gain or mutant");

        Map<FacetDimension, Map<String, Long>> f = searcher.search(SearchRequest.of("").withFacets(true)).facets();
        assertThat(f.get(FacetDimension.NET_RELATION)).containsEntry("RESTORES_SENSITIVITY", 2L)
                .containsEntry("UPREGULATES", 2L).doesNotContainKey("CAUSES_RESISTANCE");
        assertThat(f.get(FacetDimension.STATE)).containsExactlyInAnyOrderEntriesOf(Map.of("loss", 3L, "gain", 1L));
        assertThat(FacetDimension.NET_RELATION.key()).isEqualTo("netRelation");
        assertThat(FacetDimension.STATE.key()).isEqualTo("state");
    }

    @Test
    void sortingBySupportPutsWhatMostPapersAssertFirst() throws Exception {
        SearchResults bySupport = searcher.search(SearchRequest.of("PTEN").withSort(SortOrder.SUPPORT).withLimit(2));
        SearchResults byScore = searcher.search(SearchRequest.of("PTEN").withLimit(10));

        assertThat(bySupport.total()).isEqualTo(byScore.total());
        assertThat(bySupport.hits()).extracting(h -> h.claim().claimId()).containsExactlyInAnyOrder("A1-c0", "C1-c0");
        assertThat(bySupport.hits()).allSatisfy(h -> assertThat(h.support()).isEqualTo(2));
        SearchResults page2 = searcher.search(SearchRequest.of("PTEN").withSort(SortOrder.SUPPORT).withLimit(2).withOffset(2));
        assertThat(page2.hits()).allSatisfy(h -> assertThat(h.support()).isEqualTo(1));
    }

    @Test
    void highlightsMarkQueryWordsPatternsAndCompoundsButNotNegatedWords() throws Exception {
        SearchHit hit = searcher.search(SearchRequest.of("trastu* AND NOT relapse AND PTEN")).hits().get(0);
        assertThat(hit.highlight()).contains("<mark>PTEN</mark>").contains("<mark>trastuzumab</mark>");

        SearchHit tgf = searcher.search(SearchRequest.of("TGF-alpha")).hits().get(0);
        assertThat(tgf.highlight()).startsWith("<mark>TGF-α</mark> signalling");
        SearchHit p27 = searcher.search(SearchRequest.of("kip1")).hits().get(0);
        assertThat(p27.highlight()).isEqualTo("Reduced <mark>p27(kip1)</mark> may shorten the G1 arrest.");
        SearchHit not = searcher.search(SearchRequest.of("lapatinib NOT PTEN")).hits().get(0);
        assertThat(not.highlight()).contains("<mark>lapatinib</mark>").doesNotContain("<mark>EGFR</mark>");
    }
}
