package io.litmine.index.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;

/**
 * One ranked pass over the index, for claim and sentence searches alike: the top hits in an order
 * whose first key is the score, the exact total (no early termination) and, when asked, the facet
 * counts over every match; then the page asked for, re-ordered by support when the request says so.
 */
record RankedHits(long total, List<SupportCounts.Supported> page, Map<FacetDimension, Map<String, Long>> facets) {

    static RankedHits search(IndexSearcher searcher, ClaimFacets facets, SupportCounts.Source support, Query query, Sort sort,
                             SearchRequest request) throws IOException, QuerySyntaxException {
        boolean bySupport = request.sort() == SortOrder.SUPPORT;
        try {
            // Support is not a field: rank every match by score, then re-order them all by support.
            long wanted = bySupport ? Math.max(1, searcher.count(query)) : (long) request.offset() + request.limit();
            TopFieldCollectorManager topManager = new TopFieldCollectorManager(
                    sort, (int) Math.min(Integer.MAX_VALUE - 1, wanted), null, Integer.MAX_VALUE);
            TopDocs top;
            Map<FacetDimension, Map<String, Long>> counts = Map.of();
            if (request.facets()) {
                Object[] both = searcher.search(query, new MultiCollectorManager(topManager, new FacetsCollectorManager()));
                top = (TopDocs) both[0];
                counts = facets.count((FacetsCollector) both[1]);
            } else {
                top = searcher.search(query, topManager);
            }
            long total = top.totalHits.value;
            if (request.offset() >= top.scoreDocs.length) {
                return new RankedHits(total, List.of(), counts);
            }
            List<SupportCounts.Supported> ranked = bySupport
                    ? support.get().rank(searcher.getIndexReader(), top.scoreDocs)
                    : Arrays.stream(top.scoreDocs).map(d -> new SupportCounts.Supported(d, 0)).toList();
            int end = (int) Math.min(ranked.size(), (long) request.offset() + request.limit());
            return new RankedHits(total, ranked.subList(request.offset(), end), counts);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException(request.query(), "it expands to too many terms", e);
        }
    }

    /** The hit's score: the first sort value of an order led by the score. */
    static float score(ScoreDoc hit) {
        if (hit instanceof FieldDoc fieldDoc && fieldDoc.fields.length > 0 && fieldDoc.fields[0] instanceof Float score) {
            return score;
        }
        return hit.score;
    }
}
