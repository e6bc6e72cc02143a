package io.litmine.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.litmine.corpus.model.AnnotatedPaper;
import io.litmine.corpus.model.ArgumentState;
import io.litmine.corpus.model.Citation;
import io.litmine.corpus.model.Claim;
import io.litmine.corpus.model.EntityType;
import io.litmine.corpus.model.Evidence;
import io.litmine.corpus.model.Mechanism;
import io.litmine.corpus.model.Mention;
import io.litmine.corpus.model.Paper;
import io.litmine.corpus.model.Reference;
import io.litmine.corpus.model.Relation;
import io.litmine.corpus.model.Section;
import io.litmine.corpus.model.Sentence;
import io.litmine.index.IndexFixtures;
import io.litmine.index.write.IndexMerger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sentence index: every sentence is searchable whether or not it made a claim, one hit per
 * sentence with its claims attached, a claim filter keeps a sentence only when one of its claims
 * passes every claim filter, facets count sentences; through two merges, as ingests add papers.
 */
class SentenceSearchTest {

    static final String NK = "Natural killer cells mediate antibody-dependent cellular cytotoxicity of trastuzumab-coated cells (1).";
    static final String PTEN = "Loss of PTEN activates PI3K signalling and causes resistance to trastuzumab (2).";
    static final String HER2 = "HER2 is amplified in a fifth of breast cancers.";

    @TempDir
    static Path tmp;

    static Path index;

    @BeforeAll
    static void build() throws Exception {
        index = tmp.resolve("index");
        IndexFixtures.index(index, tmp.resolve("s1"), paper("P1", "papers/one.txt", 2019));
        // A second ingest: another paper, merged into the existing index (other segments).
        IndexMerger.merge(index, List.of(IndexFixtures.shard(tmp.resolve("s2"), paper("P2", "papers/two.txt", 2021))));
    }

    /** Three sentences: one without claims, one with two claims of different relation and mechanism, one without. */
    static AnnotatedPaper paper(String id, String source, int year) {
        String title = "Immune and signalling mechanisms " + id;
        StringBuilder text = new StringBuilder(title).append("\n\nResults\n");
        int bodyStart = text.length();
        List<Sentence> sentences = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        List<Citation> citations = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        for (String s : List.of(NK, PTEN, HER2)) {
            int start = text.length();
            text.append(s).append(' ');
            sentences.add(new Sentence(sentences.size(), s, start, start + s.length(), "Results"));
            mention(mentions, s, start, "trastuzumab", EntityType.DRUG, "trastuzumab", "DrugBank:DB00072");
            mention(mentions, s, start, "PTEN", EntityType.GENE, "PTEN", "HGNC:9588");
            mention(mentions, s, start, "PI3K", EntityType.GENE, "PI3K", "FPLX:PI3K");
            mention(mentions, s, start, "HER2", EntityType.GENE, "ERBB2", "HGNC:3430");
            int open = s.lastIndexOf('(');
            if (open > 0) {
                String label = s.substring(open + 1, open + 2);
                citations.add(new Citation("(" + label + ")", s, start + open, start + open + 3, List.of(label),
                        List.of(Integer.parseInt(label)), List.of()));
            }
            if (s.equals(PTEN)) {
                claims.add(claim(id, "a", start, s, "PI3K signalling", "PI3K", Relation.ACTIVATES, Mechanism.DOWNSTREAM_ACTIVATION));
                claims.add(claim(id, "b", start, s, "trastuzumab", "trastuzumab", Relation.CAUSES_RESISTANCE, Mechanism.OTHER));
            }
        }
        int bodyEnd = text.length();
        List<Reference> refs = List.of(Reference.unparsed("1", 1, "Clynes R. Fc receptors and NK cells. 2000."),
                Reference.unparsed("2", 2, "Nagata Y. PTEN activation contributes to trastuzumab. 2004."));
        Paper paper = new Paper(id, source, title, List.of("Smith J"), year, null, text.toString(),
                List.of(new Section("Results", bodyStart - 8, bodyEnd)), refs, bodyEnd, List.of());
        return new AnnotatedPaper(paper, sentences, mentions, citations, claims);
    }

    private static void mention(List<Mention> mentions, String s, int start, String word, EntityType type, String name, String id) {
        int at = s.indexOf(word);
        if (at >= 0) {
            mentions.add(new Mention(word, start + at, start + at + word.length(), type, name, id));
        }
    }

    private static Claim claim(String paperId, String suffix, int start, String s, String object, String objectId,
                               Relation relation, Mechanism mechanism) {
        return new Claim(paperId + "-" + suffix, paperId, "Results", s, start, start + s.length(), "Loss of PTEN", "PTEN",
                relation, object, objectId, false, false, Evidence.UNSPECIFIED, mechanism, List.of("PTEN", "PI3K"),
                List.of("trastuzumab"), List.of(2), List.of(), List.of(2), ArgumentState.LOSS, ArgumentState.NONE);
    }

    private static SentenceResults sentences(SearchRequest request) throws Exception {
        try (EvidenceSearcher searcher = EvidenceSearcher.open(index, FacetedSearchTest.SYNONYMS)) {
            return searcher.searchSentences(request);
        }
    }

    @Test
    void aSentenceWithoutClaimsIsFoundWithItsEntitiesAndCitations() throws Exception {
        SentenceResults nk = sentences(SearchRequest.of("\"natural killer\""));
        assertThat(nk.total()).isEqualTo(2);
        SentenceHit hit = nk.hits().get(0);
        assertThat(hit.sentence().text()).isEqualTo(NK);
        assertThat(hit.claims()).isEmpty();
        assertThat(hit.claimCount()).isZero();
        assertThat(hit.sentence().drugs()).containsExactly("trastuzumab");
        assertThat(hit.citations()).extracting(CitedReference::index).containsExactly(1);
        assertThat(hit.highlight()).startsWith("<mark>Natural</mark> <mark>killer</mark> cells")
                .contains("<span class=\"drug\" title=\"trastuzumab\">trastuzumab</span>");
        assertThat(hit.paperTitle()).startsWith("Immune and signalling mechanisms");
        // A mark inside a mention nests in its span.
        assertThat(sentences(SearchRequest.of("PTEN")).hits().get(0).highlight())
                .contains("<span class=\"gene\" title=\"PTEN\"><mark>PTEN</mark></span>");
    }

    @Test
    void oneHitPerSentenceWithItsClaims() throws Exception {
        SentenceResults pten = sentences(SearchRequest.of("PTEN resistance"));
        assertThat(pten.total()).isEqualTo(2);
        assertThat(pten.hits()).allSatisfy(h -> {
            assertThat(h.sentence().text()).isEqualTo(PTEN);
            assertThat(h.claims()).extracting(Claim::relation).containsExactly(Relation.ACTIVATES, Relation.CAUSES_RESISTANCE);
            assertThat(h.claimCount()).isEqualTo(2);
        });
        try (EvidenceSearcher searcher = EvidenceSearcher.open(index)) {
            assertThat(searcher.search(SearchRequest.of("PTEN resistance")).total()).isEqualTo(4);
            assertThat(searcher.hasSentences()).isTrue();
        }
        assertThat(sentences(new SearchRequest("", 100, 0)).total()).isEqualTo(6);
    }

    @Test
    void aClaimFilterKeepsSentencesWithOneClaimPassingEveryClaimFilter() throws Exception {
        SearchFilters activatesDownstream = SearchFilters.NONE.withRelations(List.of(Relation.ACTIVATES))
                .withMechanisms(List.of(Mechanism.DOWNSTREAM_ACTIVATION));
        SentenceResults both = sentences(SearchRequest.of("").withFilters(activatesDownstream));
        assertThat(both.total()).isEqualTo(2);
        assertThat(both.hits().get(0).claims()).extracting(Claim::relation).containsExactly(Relation.ACTIVATES);
        assertThat(both.hits().get(0).claimCount()).isEqualTo(2);
        // ACTIVATES is one claim, OTHER the other: no single claim is both, so no sentence.
        SearchFilters crossed = SearchFilters.NONE.withRelations(List.of(Relation.ACTIVATES)).withMechanisms(List.of(Mechanism.OTHER));
        assertThat(sentences(SearchRequest.of("").withFilters(crossed)).total()).isZero();
        // Net relation under the LOSS subject.
        assertThat(sentences(SearchRequest.of("").withFilters(SearchFilters.NONE.withNetRelations(List.of(Relation.INHIBITS))))
                .hits()).allSatisfy(h -> assertThat(h.claims()).extracting(Claim::claimId).allMatch(id -> id.endsWith("-a")));
        // Sentence filters: genes by synonym, year.
        SentenceResults her2 = sentences(SearchRequest.of("").withFilters(SearchFilters.NONE.withGenes(List.of("HER2"))));
        assertThat(her2.hits()).extracting(h -> h.sentence().text()).containsExactly(HER2, HER2);
        assertThat(sentences(SearchRequest.of("").withFilters(SearchFilters.NONE.withYears(List.of("2021")))).total()).isEqualTo(3);
        // A claim field typed in the query finds the sentences making such a claim.
        assertThat(sentences(SearchRequest.of("relation:CAUSES_RESISTANCE")).total()).isEqualTo(2);
    }

    @Test
    void facetsCountSentencesAndSupportRanksBySentenceBestClaim() throws Exception {
        SentenceResults all = sentences(new SearchRequest("", 10, 0).withFacets(true));
        assertThat(all.facets().get(FacetDimension.GENE)).containsEntry("PTEN", 2L).containsEntry("ERBB2", 2L);
        assertThat(all.facets().get(FacetDimension.DRUG)).containsEntry("trastuzumab", 4L);
        assertThat(all.facets().get(FacetDimension.RELATION)).containsEntry("ACTIVATES", 2L).containsEntry("CAUSES_RESISTANCE", 2L);
        assertThat(all.facets().get(FacetDimension.YEAR)).containsEntry("2019", 3L).containsEntry("2021", 3L);
        SentenceResults bySupport = sentences(new SearchRequest("", 10, 0).withSort(SortOrder.SUPPORT));
        assertThat(bySupport.hits().get(0).sentence().text()).isEqualTo(PTEN);
        assertThat(bySupport.hits().get(0).support()).isEqualTo(2);
    }
}
