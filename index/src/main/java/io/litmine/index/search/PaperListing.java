package io.litmine.index.search;

import io.litmine.corpus.model.AnnotatedPaper;
import io.litmine.index.json.EvidenceJson;
import io.litmine.index.schema.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortedSetSelector;
import org.apache.lucene.search.TermQuery;

/**
 * The papers as a listing shows them ({@code litmine papers}, {@code /api/papers}), by source path, from
 * each paper document's small stored fields: a paper's full JSON is never read, except, one paper at a
 * time, for a paper indexed before its callout count and unresolved labels were stored. The sorted hits
 * are document ids only, so listing any number of papers runs in a small heap.
 */
final class PaperListing {

    static final Query PAPER_DOCS = new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PAPER));
    static final Sort PAPER_ORDER = new Sort(
            KeywordField.newSortField(Fields.SOURCE, false, SortedSetSelector.Type.MIN),
            KeywordField.newSortField(Fields.PAPER_ID, false, SortedSetSelector.Type.MIN));
    private static final Set<String> SUMMARY_FIELDS = Set.of(Fields.PAPER_ID, Fields.SOURCE, Fields.TITLE,
            Fields.SENTENCE_COUNT, Fields.CLAIM_COUNT, Fields.REFERENCE_COUNT, Fields.UNRESOLVED_COUNT, Fields.CALLOUT_COUNT,
            Fields.UNRESOLVED_LABELS, Fields.PAPER_META_JSON);
    private static final Set<String> PAPER_FIELDS = Set.of(Fields.PAPER_JSON);

    private final IndexSearcher searcher;

    PaperListing(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /** Papers {@code offset} to {@code offset + limit}. */
    List<PaperSummary> page(int offset, int limit) throws IOException {
        int wanted = (int) Math.min(Integer.MAX_VALUE - 1, (long) offset + limit);
        ScoreDoc[] docs = searcher.search(PAPER_DOCS, Math.max(1, wanted), PAPER_ORDER).scoreDocs;
        StoredFields stored = searcher.storedFields();
        List<PaperSummary> page = new ArrayList<>();
        for (int i = offset; i < docs.length; i++) {
            page.add(summary(stored, docs[i].doc));
        }
        return page;
    }

    /** Every paper, handed to {@code visitor} one at a time. */
    void forEach(EvidenceSearcher.Visitor<PaperSummary> visitor) throws IOException {
        int count = searcher.count(PAPER_DOCS);
        if (count == 0) {
            return;
        }
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc hit : searcher.search(PAPER_DOCS, count, PAPER_ORDER).scoreDocs) {
            visitor.visit(summary(stored, hit.doc));
        }
    }

    private static PaperSummary summary(StoredFields stored, int doc) throws IOException {
        Document d = stored.document(doc, SUMMARY_FIELDS);
        int callouts;
        List<String> unresolved;
        PaperMeta meta;
        if (d.getField(Fields.CALLOUT_COUNT) != null && d.get(Fields.PAPER_META_JSON) != null) {
            callouts = intValue(d, Fields.CALLOUT_COUNT);
            unresolved = EvidenceJson.strings(d.get(Fields.UNRESOLVED_LABELS));
            meta = EvidenceJson.paperMeta(d.get(Fields.PAPER_META_JSON));
        } else {
            // Indexed before these were stored: this paper's JSON, once.
            AnnotatedPaper paper = EvidenceJson.annotatedPaper(stored.document(doc, PAPER_FIELDS).get(Fields.PAPER_JSON));
            callouts = paper.citations().size();
            unresolved = paper.unresolvedLabels();
            meta = PaperMeta.of(paper.paper());
        }
        return new PaperSummary(d.get(Fields.PAPER_ID), d.get(Fields.SOURCE), d.get(Fields.TITLE),
                intValue(d, Fields.SENTENCE_COUNT), intValue(d, Fields.CLAIM_COUNT), intValue(d, Fields.REFERENCE_COUNT),
                intValue(d, Fields.UNRESOLVED_COUNT), callouts, unresolved, meta);
    }

    private static int intValue(Document d, String field) {
        return d.getField(field) == null ? 0 : d.getField(field).numericValue().intValue();
    }
}
