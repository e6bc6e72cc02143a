package io.litmine.index.search;

import io.litmine.corpus.model.Claim;
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
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSelector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.search.join.ScoreMode;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;

/**
 * Search over the sentence documents ({@link Fields#TYPE_SENTENCE}): the query's words and the sentence
 * filters (genes, drugs, year, section) on the sentence itself, the claim filters through a block join
 * from the sentence's claims, so "relation INHIBITS and mechanism IMMUNE" keeps a sentence only when one
 * of its claims is both. Each hit carries the claims passing the claim filters. Thread-safe.
 */
final class SentenceSearcher {

    static final Query SENTENCE_DOCS = new TermQuery(new Term(Fields.TYPE, Fields.TYPE_SENTENCE));

    private static final Set<String> HIT_FIELDS = Set.of(Fields.SENTENCE_JSON, Fields.CITATIONS_JSON, Fields.CLAIM_COUNT,
            Fields.PAPER_META_JSON);
    private static final Set<String> CLAIM_FIELDS = Set.of(Fields.CLAIM_JSON);

    /** Best first; equal scores in reading order, so a ranking never depends on how shards were merged. */
    private static final Sort RANKED = new Sort(
            SortField.FIELD_SCORE,
            KeywordField.newSortField(Fields.SOURCE, false, SortedSetSelector.Type.MIN),
            KeywordField.newSortField(Fields.PAPER_ID, false, SortedSetSelector.Type.MIN),
            new SortField(Fields.START, SortField.Type.LONG));

    /** The block parents; it caches one bit set per segment. */
    private final BitSetProducer parents = new QueryBitSetProducer(SENTENCE_DOCS);
    private final IndexSearcher searcher;
    private final ClaimQueries queries;
    private final ClaimHighlighter highlighter;
    private final ClaimFacets facets;
    private final SupportCounts.Source support;

    SentenceSearcher(IndexSearcher searcher, ClaimQueries queries, ClaimHighlighter highlighter, ClaimFacets facets,
                     SupportCounts.Source support) {
        this.searcher = searcher;
        this.queries = queries;
        this.highlighter = highlighter;
        this.facets = facets;
        this.support = support;
    }

    SentenceResults search(SearchRequest request) throws IOException, QuerySyntaxException {
        Query text = queries.parseText(request.query());
        Query claimFilter = queries.claimFilters(request.filters());
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(text == null ? new MatchAllDocsQuery() : text, Occur.MUST)
                .add(SENTENCE_DOCS, Occur.FILTER);
        Query sentenceFilter = queries.sentenceFilters(request.filters());
        if (sentenceFilter != null) {
            query.add(sentenceFilter, Occur.FILTER);
        }
        if (claimFilter != null) {
            query.add(new ToParentBlockJoinQuery(ClaimQueries.claims(null, claimFilter), parents, ScoreMode.None), Occur.FILTER);
        }
        RankedHits ranked = RankedHits.search(searcher, facets, support, query.build(), RANKED, request);
        return new SentenceResults(ranked.total(), hits(text, claimFilter, ranked.page()), ranked.facets());
    }

    private List<SentenceHit> hits(Query text, Query claimFilter, List<SupportCounts.Supported> page) throws IOException {
        StoredFields stored = searcher.storedFields();
        ClaimHighlighter.Marks marks = ClaimHighlighter.marks(text);
        List<SentenceHit> hits = new ArrayList<>(page.size());
        for (SupportCounts.Supported ranked : page) {
            ScoreDoc scoreDoc = ranked.hit();
            Document doc = stored.document(scoreDoc.doc, HIT_FIELDS);
            IndexedSentence sentence = EvidenceJson.sentence(doc.get(Fields.SENTENCE_JSON));
            int claimCount = doc.getField(Fields.CLAIM_COUNT).numericValue().intValue();
            List<Claim> claims = claimCount == 0 ? List.of() : claims(sentence.sentenceId(), claimFilter, claimCount);
            hits.add(new SentenceHit(sentence, EvidenceJson.paperMeta(doc.get(Fields.PAPER_META_JSON)),
                    highlighter.highlight(marks, sentence.text(), sentence.mentions()),
                    EvidenceJson.citations(doc.get(Fields.CITATIONS_JSON)), claims, claimCount,
                    RankedHits.score(scoreDoc), ranked.support()));
        }
        return hits;
    }

    /** The sentence's claims that pass {@code claimFilter} (all when null), in the order the paper gave them. */
    private List<Claim> claims(String sentenceId, Query claimFilter, int claimCount) throws IOException {
        Query query = ClaimQueries.claims(new TermQuery(new Term(Fields.SENTENCE_ID, sentenceId)), claimFilter);
        StoredFields stored = searcher.storedFields();
        List<Claim> claims = new ArrayList<>(claimCount);
        for (ScoreDoc hit : searcher.search(query, claimCount, Sort.INDEXORDER).scoreDocs) {
            claims.add(EvidenceJson.claim(stored.document(hit.doc, CLAIM_FIELDS).get(Fields.CLAIM_JSON)));
        }
        return claims;
    }
}
