package io.litmine.index.search;

import io.litmine.index.schema.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.Bits;

/**
 * Support of an assertion: how many distinct papers make a claim with the same subject, net relation
 * and object ({@link Fields#ASSERTION}). It depends on the whole index, not on a query, so it is
 * computed once per reader, on first use, from doc values. A sentence's support is that of its best
 * supported claim. Thread-safe once built.
 */
final class SupportCounts {

    private final Map<String, Integer> papersByAssertion;

    private SupportCounts(Map<String, Integer> papersByAssertion) {
        this.papersByAssertion = papersByAssertion;
    }

    static SupportCounts of(IndexReader reader) throws IOException {
        Map<String, Set<String>> papers = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedSetDocValues assertions = DocValues.getSortedSet(leaf.reader(), Fields.ASSERTION);
            SortedSetDocValues paperIds = DocValues.getSortedSet(leaf.reader(), Fields.PAPER_ID);
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = assertions.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = assertions.nextDoc()) {
                if ((live != null && !live.get(doc)) || !paperIds.advanceExact(doc)) {
                    continue;
                }
                String assertion = assertions.lookupOrd(assertions.nextOrd()).utf8ToString();
                String paper = paperIds.lookupOrd(paperIds.nextOrd()).utf8ToString();
                papers.computeIfAbsent(assertion, a -> new HashSet<>()).add(paper);
            }
        }
        Map<String, Integer> counts = new HashMap<>(papers.size() * 2);
        papers.forEach((assertion, ids) -> counts.put(assertion, ids.size()));
        return new SupportCounts(counts);
    }

    /** The hits re-ordered by support, most first; stable, so equal support keeps the given order. */
    List<Supported> rank(IndexReader reader, ScoreDoc[] hits) throws IOException {
        ScoreDoc[] byDoc = hits.clone();
        Arrays.sort(byDoc, Comparator.comparingInt(h -> h.doc));
        Map<Integer, Integer> support = new HashMap<>(hits.length * 2);
        List<LeafReaderContext> leaves = reader.leaves();
        SortedSetDocValues values = null;
        int leafIndex = -1;
        for (ScoreDoc hit : byDoc) {
            int sub = ReaderUtil.subIndex(hit.doc, leaves);
            if (sub != leafIndex) {
                leafIndex = sub;
                values = DocValues.getSortedSet(leaves.get(sub).reader(), Fields.ASSERTION);
            }
            int local = hit.doc - leaves.get(sub).docBase;
            int count = 0;
            if (values.advanceExact(local)) {
                // A claim has one assertion; a sentence those of its claims: its support is the highest.
                for (int i = 0; i < values.docValueCount(); i++) {
                    count = Math.max(count, papersByAssertion.getOrDefault(values.lookupOrd(values.nextOrd()).utf8ToString(), 0));
                }
            }
            support.put(hit.doc, count);
        }
        List<Supported> ranked = new ArrayList<>(hits.length);
        for (ScoreDoc hit : hits) {
            ranked.add(new Supported(hit, support.get(hit.doc)));
        }
        ranked.sort(Comparator.comparingInt(Supported::support).reversed());
        return ranked;
    }

    record Supported(ScoreDoc hit, int support) {
    }

    /** Where a search gets the counts (built once per reader, on first use). */
    @FunctionalInterface
    interface Source {
        SupportCounts get() throws IOException;
    }
}
