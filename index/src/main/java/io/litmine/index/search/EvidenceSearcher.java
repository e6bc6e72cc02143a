package io.litmine.index.search;

import io.litmine.corpus.model.AnnotatedPaper;
import io.litmine.corpus.model.Claim;
import io.litmine.corpus.model.Reference;
import io.litmine.index.json.EvidenceJson;
import io.litmine.index.schema.Fields;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSelector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * Searches and reads an evidence index. It sees the index as it was committed when opened (a
 * point-in-time snapshot); open a new one, or use {@link LiveEvidenceIndex}, to see later merges.
 * Thread-safe.
 */
public final class EvidenceSearcher implements Closeable {

    private static final Set<String> HIT_FIELDS = Set.of(Fields.CLAIM_JSON, Fields.PAPER_TITLE, Fields.CITATIONS_JSON,
            Fields.PAPER_META_JSON);
    private static final Set<String> CLAIM_FIELDS = Set.of(Fields.CLAIM_JSON);
    private static final Set<String> PAPER_FIELDS = Set.of(Fields.PAPER_JSON);
    private static final Set<String> REFERENCE_FIELDS = Set.of(Fields.REFERENCES_JSON);
    private static final Set<String> META_FIELDS = Set.of(Fields.PAPER_META_JSON);
    private static final Query PAPER_DOCS = PaperListing.PAPER_DOCS;

    /** Papers by source path; claims by paper (source, then id), then by position in it. */
    private static final Sort PAPER_ORDER = PaperListing.PAPER_ORDER;
    private static final Sort CLAIM_ORDER = new Sort(
            KeywordField.newSortField(Fields.SOURCE, false, SortedSetSelector.Type.MIN),
            KeywordField.newSortField(Fields.PAPER_ID, false, SortedSetSelector.Type.MIN),
            new SortField(Fields.START, SortField.Type.LONG));
    /**
     * Best first; equal scores (common: BM25's length norms are quantised, and one sentence often
     * yields several claims) in reading order, so a ranking never depends on how shards were merged.
     */
    private static final Sort RANKED = new Sort(
            SortField.FIELD_SCORE,
            KeywordField.newSortField(Fields.SOURCE, false, SortedSetSelector.Type.MIN),
            KeywordField.newSortField(Fields.PAPER_ID, false, SortedSetSelector.Type.MIN),
            new SortField(Fields.START, SortField.Type.LONG),
            KeywordField.newSortField(Fields.CLAIM_ID, false, SortedSetSelector.Type.MIN));

    private final Directory directory;
    private final DirectoryReader reader;
    private final boolean ownsReader;
    private final IndexSearcher searcher;
    private final ClaimQueries queries;
    private final ClaimHighlighter highlighter = new ClaimHighlighter();
    private final ClaimFacets facets;
    private final SentenceSearcher sentences;
    private volatile SupportCounts support;
    private final EntityResolver resolver;

    private EvidenceSearcher(Directory directory, DirectoryReader reader, boolean ownsReader, EntityResolver resolver) {
        this.directory = directory;
        this.reader = reader;
        this.ownsReader = ownsReader;
        this.searcher = new IndexSearcher(reader);
        this.queries = ClaimQueries.create(resolver);
        this.resolver = resolver;
        this.facets = new ClaimFacets(reader);
        this.sentences = new SentenceSearcher(searcher, queries, highlighter, facets, this::supportCounts);
    }

    /** Opens the index in {@code indexDir}; {@link MissingIndexException} if there is none. */
    public static EvidenceSearcher open(Path indexDir) throws IOException {
        return open(indexDir, EntityResolver.NONE);
    }

    /** Opens the index in {@code indexDir}, resolving gene/drug synonyms with {@code resolver}. */
    public static EvidenceSearcher open(Path indexDir, EntityResolver resolver) throws IOException {
        if (!Files.isDirectory(indexDir)) {
            throw new MissingIndexException(indexDir);
        }
        Directory directory = FSDirectory.open(indexDir);
        try {
            if (!DirectoryReader.indexExists(directory)) {
                throw new MissingIndexException(indexDir);
            }
            return new EvidenceSearcher(directory, DirectoryReader.open(directory), true, resolver);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /**
     * A searcher over a reader someone else owns (a near-real-time reader manager): closing it
     * leaves the reader open.
     */
    public static EvidenceSearcher over(DirectoryReader reader, EntityResolver resolver) {
        return new EvidenceSearcher(null, reader, false, resolver);
    }

    /** "Did you mean" over this searcher's index and lexicon. */
    public Suggestions suggestions() {
        return new Suggestions(reader, resolver);
    }

    /** The reader this searcher sees. */
    public DirectoryReader reader() {
        return reader;
    }

    /** Claims matching the request's query and filters, in its order, one page of them. */
    public SearchResults search(SearchRequest request) throws IOException, QuerySyntaxException {
        Query text = queries.parseText(request.query());
        Query query = ClaimQueries.claims(text, queries.filters(request.filters()));
        RankedHits ranked = RankedHits.search(searcher, facets, this::supportCounts, query, RANKED, request);
        return new SearchResults(ranked.total(), hits(text, ranked.page()), ranked.facets());
    }

    /**
     * Sentences matching the request's query and filters, in its order, one page of them, each with
     * its claims: every sentence of every paper is searched; a claim filter keeps the sentences with a
     * claim passing all of the claim filters. Empty on an index written before sentences were indexed
     * ({@link #hasSentences()}).
     */
    public SentenceResults searchSentences(SearchRequest request) throws IOException, QuerySyntaxException {
        return sentences.search(request);
    }

    /** Whether the index has sentence documents (an index written before them has claims only). */
    public boolean hasSentences() throws IOException {
        return paperCount() == 0 || searcher.count(SentenceSearcher.SENTENCE_DOCS) > 0;
    }

    private List<SearchHit> hits(Query text, List<SupportCounts.Supported> page) throws IOException {
        StoredFields stored = searcher.storedFields();
        Map<String, List<Reference>> referencesByPaper = new HashMap<>();
        Map<String, PaperMeta> metas = new HashMap<>();
        List<SearchHit> hits = new ArrayList<>(page.size());
        ClaimHighlighter.Marks marks = ClaimHighlighter.marks(text);
        for (SupportCounts.Supported ranked : page) {
            ScoreDoc scoreDoc = ranked.hit();
            Document doc = stored.document(scoreDoc.doc, HIT_FIELDS);
            Claim claim = EvidenceJson.claim(doc.get(Fields.CLAIM_JSON));
            List<CitedReference> cited;
            if (doc.get(Fields.CITATIONS_JSON) != null) {
                cited = EvidenceJson.citations(doc.get(Fields.CITATIONS_JSON));
            } else {
                // An index written before claims carried their citations: read the paper's list.
                List<Reference> references = referencesByPaper.get(claim.paperId());
                if (references == null) {
                    references = references(claim.paperId());
                    referencesByPaper.put(claim.paperId(), references);
                }
                cited = CitedReference.resolve(claim, references);
            }
            PaperMeta paper = doc.get(Fields.PAPER_META_JSON) != null ? EvidenceJson.paperMeta(doc.get(Fields.PAPER_META_JSON))
                    : metas.get(claim.paperId());
            if (paper == null) {
                // An index written before claims carried their paper's meta.
                paper = paperMeta(claim.paperId());
                metas.put(claim.paperId(), paper);
            }
            hits.add(new SearchHit(claim, doc.get(Fields.PAPER_TITLE), highlighter.highlight(marks, claim.sentence()),
                    cited, RankedHits.score(scoreDoc), ranked.support(), paper));
        }
        return hits;
    }

    private SupportCounts supportCounts() throws IOException {
        SupportCounts counts = support;
        if (counts == null) {
            counts = SupportCounts.of(reader);
            support = counts;
        }
        return counts;
    }

    /** Every paper, ordered by source path. */
    public List<AnnotatedPaper> papers() throws IOException {
        List<AnnotatedPaper> papers = new ArrayList<>();
        forEachPaper(papers::add);
        return papers;
    }

    /**
     * Every paper, ordered by source path, handed to {@code visitor} one at a time: only the current
     * paper is in memory, so exports of any size run in a small heap.
     */
    public void forEachPaper(Visitor<AnnotatedPaper> visitor) throws IOException {
        forEach(PAPER_DOCS, PAPER_ORDER, PAPER_FIELDS, doc -> visitor.visit(EvidenceJson.annotatedPaper(doc.get(Fields.PAPER_JSON))));
    }

    /** Receives one item at a time from {@link #forEachPaper} or {@link #forEachClaim}. */
    @FunctionalInterface
    public interface Visitor<T> {
        void visit(T item) throws IOException;
    }

    /** One page of the papers, ordered by source path, from their stored counts (no paper JSON is read). */
    public List<PaperSummary> paperSummaries(int offset, int limit) throws IOException {
        return new PaperListing(searcher).page(offset, limit);
    }

    /** Every paper's summary, ordered by source path, one at a time (any number of papers, a small heap). */
    public void forEachPaperSummary(Visitor<PaperSummary> visitor) throws IOException {
        new PaperListing(searcher).forEach(visitor);
    }

    /** Claims matching {@code queryOrNull} (every claim if null or blank), by paper then offset. */
    public List<Claim> claims(String queryOrNull) throws IOException, QuerySyntaxException {
        return claims(queryOrNull, SearchFilters.NONE);
    }

    /** Claims matching {@code queryOrNull} and {@code filters}, by paper then offset. */
    public List<Claim> claims(String queryOrNull, SearchFilters filters) throws IOException, QuerySyntaxException {
        List<Claim> claims = new ArrayList<>();
        forEachClaim(queryOrNull, filters, claims::add);
        return claims;
    }

    /** As {@link #claims(String, SearchFilters)}, handing each claim to {@code visitor} as it is read. */
    public void forEachClaim(String queryOrNull, SearchFilters filters, Visitor<Claim> visitor)
            throws IOException, QuerySyntaxException {
        Query query = ClaimQueries.claims(queries.parseText(queryOrNull), queries.filters(filters));
        forEach(query, CLAIM_ORDER, CLAIM_FIELDS, doc -> visitor.visit(EvidenceJson.claim(doc.get(Fields.CLAIM_JSON))));
    }

    /** Throws if {@code queryOrNull} does not parse: lets a caller fail before it starts a response. */
    public void checkQuery(String queryOrNull) throws QuerySyntaxException {
        queries.parseText(queryOrNull);
    }

    /** The claim with this id, if indexed. */
    public Optional<Claim> claim(String claimId) throws IOException {
        Query query = ClaimQueries.claims(new TermQuery(new Term(Fields.CLAIM_ID, claimId)));
        ScoreDoc[] docs = searcher.search(query, 1).scoreDocs;
        if (docs.length == 0) {
            return Optional.empty();
        }
        return Optional.of(EvidenceJson.claim(searcher.storedFields().document(docs[0].doc, CLAIM_FIELDS).get(Fields.CLAIM_JSON)));
    }

    /** The paper's parsed reference list (empty if the paper is not indexed). */
    public List<Reference> referenceList(String paperId) throws IOException {
        return references(paperId);
    }

    /**
     * The paper's title, authors, year, DOI and source ({@link PaperMeta#unknown} if the paper is
     * not indexed), from its small stored field, or parsed from the paper's JSON in an index
     * written before that field existed.
     */
    public PaperMeta paperMeta(String paperId) throws IOException {
        ScoreDoc[] docs = searcher.search(paperQuery(paperId), 1).scoreDocs;
        if (docs.length == 0) {
            return PaperMeta.unknown(paperId);
        }
        StoredFields stored = searcher.storedFields();
        String meta = stored.document(docs[0].doc, META_FIELDS).get(Fields.PAPER_META_JSON);
        if (meta != null) {
            return EvidenceJson.paperMeta(meta);
        }
        String paper = stored.document(docs[0].doc, PAPER_FIELDS).get(Fields.PAPER_JSON);
        return PaperMeta.of(EvidenceJson.annotatedPaper(paper).paper());
    }

    /** The references {@code claim} cites, looked up in its paper's reference list. */
    public List<CitedReference> citedReferences(Claim claim) throws IOException {
        return CitedReference.resolve(claim, references(claim.paperId()));
    }

    /** Whether the paper is indexed (in any layout). */
    public boolean containsPaper(String paperId) throws IOException {
        return searcher.count(paperQuery(paperId)) > 0;
    }

    /**
     * The ids of every paper indexed in the current layout and of every file kept as an alias of one
     * (the same work in another file), without loading the papers: the pipeline's unchanged-file
     * check. A paper indexed before its sentences were is left out, so its file is indexed again.
     */
    public Set<String> paperIds() throws IOException {
        Set<String> ids = new java.util.HashSet<>();
        Query current = new BooleanQuery.Builder().add(PAPER_DOCS, Occur.FILTER)
                .add(new TermQuery(new Term(Fields.LAYOUT, Fields.LAYOUT_CURRENT)), Occur.FILTER).build();
        for (Document doc : all(current, PAPER_ORDER, Set.of(Fields.PAPER_ID))) {
            ids.add(doc.get(Fields.PAPER_ID));
        }
        aliases().keySet().forEach(ids::add);
        return ids;
    }

    /** Files whose paper is another indexed paper's work: alias paperId → (its source, the kept paperId). */
    public Map<String, Map.Entry<String, String>> aliases() throws IOException {
        Query aliasDocs = new TermQuery(new Term(Fields.TYPE, Fields.TYPE_ALIAS));
        Map<String, Map.Entry<String, String>> aliases = new java.util.TreeMap<>();
        int count = searcher.count(aliasDocs);
        if (count == 0) {
            return aliases;
        }
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc hit : searcher.search(aliasDocs, count).scoreDocs) {
            Document d = stored.document(hit.doc);
            aliases.put(d.get(Fields.PAPER_ID), Map.entry(d.get(Fields.SOURCE), d.get(Fields.ALIAS_OF)));
        }
        return aliases;
    }

    public int paperCount() throws IOException {
        return searcher.count(PAPER_DOCS);
    }

    @Override
    public void close() throws IOException {
        if (ownsReader) {
            IOUtils.close(highlighter, queries, reader, directory);
        } else {
            IOUtils.close(highlighter, queries);
        }
    }

    private List<Reference> references(String paperId) throws IOException {
        ScoreDoc[] docs = searcher.search(paperQuery(paperId), 1).scoreDocs;
        if (docs.length == 0) {
            return List.of();
        }
        return EvidenceJson.references(searcher.storedFields().document(docs[0].doc, REFERENCE_FIELDS).get(Fields.REFERENCES_JSON));
    }

    private List<Document> all(Query query, Sort sort, Set<String> fields) throws IOException {
        List<Document> docs = new ArrayList<>();
        forEach(query, sort, fields, docs::add);
        return docs;
    }

    /** The sorted hits are ids only (a few bytes each); each stored document is read when visited. */
    private void forEach(Query query, Sort sort, Set<String> fields, Visitor<Document> visitor) throws IOException {
        int count = searcher.count(query);
        if (count == 0) {
            return;
        }
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc hit : searcher.search(query, count, sort).scoreDocs) {
            visitor.visit(stored.document(hit.doc, fields));
        }
    }

    private static Query paperQuery(String paperId) {
        return new BooleanQuery.Builder()
                .add(PAPER_DOCS, Occur.FILTER)
                .add(new TermQuery(new Term(Fields.PAPER_ID, paperId)), Occur.FILTER)
                .build();
    }
}
