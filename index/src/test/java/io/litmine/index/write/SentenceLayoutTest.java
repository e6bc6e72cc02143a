package io.litmine.index.write;

import static org.assertj.core.api.Assertions.assertThat;

import io.litmine.corpus.model.AnnotatedPaper;
import io.litmine.corpus.model.Claim;
import io.litmine.index.Fixtures;
import io.litmine.index.IndexFixtures;
import io.litmine.index.schema.Fields;
import io.litmine.index.search.EvidenceSearcher;
import io.litmine.index.search.SearchRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index written before sentences were indexed (a paper document without {@link Fields#LAYOUT}, claim
 * documents, no sentence documents) is upgraded by the next ingest: its papers are not "unchanged", and
 * indexing them again replaces each with its sentences and the same claims, once.
 */
class SentenceLayoutTest {

    @TempDir
    Path tmp;

    @Test
    void anOldLayoutPaperIsIndexedAgainAndReplacedWithItsSentences() throws Exception {
        AnnotatedPaper paper = Fixtures.paperA();
        Path index = tmp.resolve("index");
        try (Directory dir = FSDirectory.open(index); IndexWriter writer = new IndexWriter(dir, IndexWriters.config(OpenMode.CREATE))) {
            List<Document> old = new ArrayList<>();
            Document paperDoc = EvidenceDocuments.paperDocument(paper);
            paperDoc.removeFields(Fields.LAYOUT);
            paperDoc.removeFields(Fields.CALLOUT_COUNT);
            paperDoc.removeFields(Fields.UNRESOLVED_LABELS);
            old.add(paperDoc);
            for (Claim claim : paper.claims()) {
                old.add(EvidenceDocuments.claimDocument(paper.paper(), claim));
            }
            writer.addDocuments(old);
            writer.commit();
        }
        try (EvidenceSearcher searcher = EvidenceSearcher.open(index)) {
            assertThat(searcher.containsPaper(paper.paperId())).isTrue();
            assertThat(searcher.paperIds()).doesNotContain(paper.paperId());
            assertThat(searcher.hasSentences()).isFalse();
            assertThat(searcher.searchSentences(SearchRequest.of("PTEN")).total()).isZero();
            // The listing reads what the old paper document lacks from its JSON.
            assertThat(searcher.paperSummaries(0, 10)).singleElement().satisfies(s -> {
                assertThat(s.callouts()).isEqualTo(paper.citations().size()).isPositive();
                assertThat(s.unresolvedLabels()).isEqualTo(paper.unresolvedLabels()).containsExactly("7");
            });
        }
        IndexMerger.merge(index, List.of(IndexFixtures.shard(tmp.resolve("shard"), paper)));
        try (EvidenceSearcher searcher = EvidenceSearcher.open(index)) {
            assertThat(searcher.paperIds()).containsExactly(paper.paperId());
            assertThat(searcher.hasSentences()).isTrue();
            assertThat(searcher.paperCount()).isEqualTo(1);
            assertThat(searcher.claims(null)).hasSize(paper.claims().size());
            assertThat(searcher.searchSentences(new SearchRequest("", 100, 0)).total()).isEqualTo(paper.sentences().size());
            List<io.litmine.index.search.PaperSummary> listed = new ArrayList<>();
            searcher.forEachPaperSummary(listed::add);
            assertThat(listed).singleElement().satisfies(s -> {
                assertThat(s.callouts()).isEqualTo(paper.citations().size());
                assertThat(s.unresolvedLabels()).containsExactly("7");
                assertThat(s.claims()).isEqualTo(paper.claims().size());
            });
        }
    }
}
