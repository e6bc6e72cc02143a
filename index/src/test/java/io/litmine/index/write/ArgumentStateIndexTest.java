package io.litmine.index.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.litmine.corpus.model.AnnotatedPaper;
import io.litmine.corpus.model.ArgumentState;
import io.litmine.corpus.model.Claim;
import io.litmine.corpus.model.Evidence;
import io.litmine.corpus.model.Mechanism;
import io.litmine.corpus.model.Relation;
import io.litmine.index.Fixtures;
import io.litmine.index.IndexFixtures;
import io.litmine.index.export.EvidenceExport;
import io.litmine.index.export.ExportContent;
import io.litmine.index.export.ExportFormat;
import io.litmine.index.json.EvidenceJson;
import io.litmine.index.schema.Fields;
import io.litmine.index.search.EvidenceSearcher;
import io.litmine.index.search.FacetDimension;
import io.litmine.index.search.SearchFilters;
import io.litmine.index.search.SearchHit;
import io.litmine.index.search.SearchRequest;
import io.litmine.index.search.SearchResults;
import io.litmine.index.search.SortOrder;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Argument states in the index: support by net relation, and an index written before states existed. */
class ArgumentStateIndexTest {

    @TempDir
    Path tmp;

    private static AnnotatedPaper claimPaper(String id, String sentence, String subject, ArgumentState state, Relation relation) {
        return Fixtures.paper(id, "corpus/" + id + ".txt", "Paper " + id, "Results", List.of(), List.of(
                new Fixtures.ClaimSpec(sentence, subject, "PTEN", relation, "PI3K", "PI3K", false, false,
                        Evidence.UNSPECIFIED, Mechanism.DOWNSTREAM_ACTIVATION, List.of("PTEN", "PI3K"), List.of(), List.of(),
                        List.of(), state, ArgumentState.NONE)));
    }

    /** "Loss of PTEN activates PI3K": asserts PTEN INHIBITS PI3K. */
    private static AnnotatedPaper lossPaper() {
        return claimPaper("L1", "Loss of PTEN activates PI3K.", "Loss of PTEN", ArgumentState.LOSS, Relation.ACTIVATES);
    }

    private static AnnotatedPaper inhibitsPaper() {
        return claimPaper("I1", "PTEN inhibits PI3K.", "PTEN", ArgumentState.NONE, Relation.INHIBITS);
    }

    @Test
    void supportCountsThePapersAssertingTheSameNetRelation() throws Exception {
        IndexFixtures.index(tmp.resolve("index"), tmp.resolve("shard"), lossPaper(), inhibitsPaper());

        try (EvidenceSearcher searcher = EvidenceSearcher.open(tmp.resolve("index"))) {
            SearchResults results = searcher.search(SearchRequest.of("PTEN").withSort(SortOrder.SUPPORT));
            assertThat(results.hits()).hasSize(2).allSatisfy(h -> assertThat(h.support()).isEqualTo(2));
        }
    }

    @Test
    void anIndexWrittenBeforeStatesExistedReadsWithNoStatesAndFiltersByRelation() throws Exception {
        Path index = tmp.resolve("index");
        try (Directory dir = FSDirectory.open(index); IndexWriter writer = new IndexWriter(dir, IndexWriters.config(OpenMode.CREATE))) {
            for (AnnotatedPaper paper : List.of(Fixtures.paperA(), inhibitsPaper())) {
                for (Document doc : EvidenceDocuments.of(paper)) {
                    writer.addDocument(asWrittenBeforeStates(doc));
                }
            }
            writer.commit();
        }

        try (EvidenceSearcher searcher = EvidenceSearcher.open(index)) {
            assertThat(searcher.claims(null)).hasSize(5).allSatisfy(c -> {
                assertThat(c.subjectState()).isEqualTo(ArgumentState.NONE);
                assertThat(c.objectState()).isEqualTo(ArgumentState.NONE);
                assertThat(c.netRelation()).isEqualTo(c.relation());
            });
            // No netRelation terms at all: the filter falls back to the relation as written.
            assertThat(searcher.claims(null, SearchFilters.NONE.withNetRelations(List.of(Relation.INHIBITS))))
                    .extracting(Claim::claimId).containsExactly("I1-c0");
            assertThat(searcher.claims(null, SearchFilters.NONE.withNetRelations(List.of(Relation.CAUSES_RESISTANCE))))
                    .extracting(Claim::claimId).containsExactly("A1-c0");
            assertThat(searcher.claims("netRelation:INHIBITS")).extracting(Claim::claimId).containsExactly("I1-c0");
            assertThat(searcher.claims(null, SearchFilters.NONE.withStates(List.of(ArgumentState.LOSS)))).isEmpty();
            SearchResults all = searcher.search(SearchRequest.of("").withFacets(true));
            assertThat(all.facets().get(FacetDimension.NET_RELATION)).isEmpty();
            assertThat(all.facets().get(FacetDimension.STATE)).isEmpty();
            SearchHit hit = all.hits().get(0);
            assertThat(hit.claim().netRelation()).isEqualTo(hit.claim().relation());

            StringWriter out = new StringWriter();
            new EvidenceExport(ExportContent.CLAIMS, ExportFormat.JSONL, "", SearchFilters.NONE).write(searcher, out);
            List<String> lines = out.toString().lines().toList();
            assertThat(lines).hasSize(5);
            for (String line : lines) {
                JsonNode json = EvidenceJson.mapper().readTree(line);
                assertThat(json.get("subjectState").isNull()).as(line).isTrue();
                assertThat(json.get("objectState").isNull()).as(line).isTrue();
                assertThat(json.get("netRelation").asText()).isEqualTo(json.get("relation").asText());
            }
        }
    }

    /** The document as the writer made it before states: no state or net-relation fields, no keys in the JSON. */
    private static Document asWrittenBeforeStates(Document doc) throws Exception {
        for (String field : List.of(Fields.NET_RELATION, Fields.SUBJECT_STATE, Fields.OBJECT_STATE, Fields.STATE)) {
            doc.removeFields(field);
        }
        String json = doc.get(Fields.CLAIM_JSON);
        if (json != null) {
            ObjectNode claim = (ObjectNode) EvidenceJson.mapper().readTree(json);
            claim.remove(List.of("subjectState", "objectState"));
            doc.removeFields(Fields.CLAIM_JSON);
            doc.add(new StoredField(Fields.CLAIM_JSON, claim.toString()));
        }
        return doc;
    }
}
