package io.litmine.index.schema;

/**
 * Every Lucene field name of the evidence index, in one place, with why each is indexed and stored
 * the way it is. Three kinds of document share the index, told apart by {@link #TYPE}: one
 * {@value #TYPE_PAPER} document per paper, one {@value #TYPE_SENTENCE} document per sentence and one
 * {@value #TYPE_CLAIM} document per claim (and {@value #TYPE_ALIAS} records of files kept as another's work).
 *
 * <p>Identifiers are {@code KeywordField}s: one exact, untokenised term (so a delete or filter by
 * {@code new Term(field, value)} hits exactly that value) plus sorted-set doc values (so results can
 * be sorted, and later faceted, without un-inverting the field). Free text is a {@code TextField}
 * analysed by {@link EvidenceAnalyzer}. Whole records are kept as stored-only JSON so that exports
 * and hits are rebuilt exactly, without a second source of truth.
 */
public final class Fields {

    // ---- shared by both document types ------------------------------------------------------

    /** "paper" or "claim"; indexed, not stored: only ever used to restrict a query to one kind. */
    public static final String TYPE = "type";
    public static final String TYPE_PAPER = "paper";
    public static final String TYPE_CLAIM = "claim";
    /**
     * One document per sentence of a paper, claims or not: the unit of full-text search. Written in
     * one block with its claims, the claims first and the sentence last, so a block join
     * ({@code ToParentBlockJoinQuery} with the sentences as parents) keeps the sentences with a
     * claim matching a claim filter. The block order is Lucene's: {@code addDocuments}, merges and
     * {@code addIndexes} keep it.
     */
    public static final String TYPE_SENTENCE = "sentence";
    /**
     * A file whose paper is another indexed paper's work (the same review as .md and .pdf): its
     * {@link #PAPER_ID} and {@link #SOURCE}, and {@link #ALIAS_OF} the paper kept. Its paper and
     * claims are not indexed, so each work counts once; re-ingesting the file finds it unchanged.
     */
    public static final String TYPE_ALIAS = "alias";

    /**
     * The paper's content hash. Keyword, stored. On both kinds so that deleting
     * {@code paperId:X} removes a paper together with all its claims in one term delete, and so a
     * claim hit can find its paper document.
     */
    public static final String PAPER_ID = "paperId";

    /**
     * The file the paper came from. Keyword, stored, sorted doc values. On both kinds: a changed
     * file gets a new paperId, and deleting by source is what removes its previous version and
     * every stale claim of it. Doc values give exports their stable by-source order.
     */
    public static final String SOURCE = "source";

    // ---- paper documents --------------------------------------------------------------------

    /** The paper's title. Analysed (title search later) and stored for listings. */
    public static final String TITLE = "title";

    /**
     * Per-paper counts for {@code litmine papers}. Stored only: they are displayed, never searched,
     * and reading four small stored values beats parsing {@link #PAPER_JSON}.
     */
    public static final String SENTENCE_COUNT = "sentenceCount";
    public static final String CLAIM_COUNT = "claimCount";
    public static final String REFERENCE_COUNT = "referenceCount";
    public static final String UNRESOLVED_COUNT = "unresolvedCount";
    /** The number of callouts, and the unresolved labels as a JSON array: what {@code litmine papers} prints. */
    public static final String CALLOUT_COUNT = "calloutCount";
    public static final String UNRESOLVED_LABELS = "unresolvedLabels";

    /**
     * The reference list alone as JSON. Stored only: a claim hit resolves its citation indexes
     * against it without loading and parsing the whole paper (full text included).
     */
    public static final String REFERENCES_JSON = "referencesJson";

    /** The whole AnnotatedPaper as JSON. Stored only: the papers export reads it back exactly. */
    public static final String PAPER_JSON = "paperJson";

    /**
     * The paper's title, authors, year, DOI and source as JSON ({@code PaperMeta}). Stored only: a
     * claim-citation table repeats them on every row, read once per paper without parsing
     * {@link #PAPER_JSON} (full text included). Indexes written before it existed lack it; readers
     * fall back to the paper JSON. Also on every sentence and claim document (denormalised, like
     * {@link #PAPER_TITLE}): a hit shows its paper's links without reading the large paper document;
     * consecutive copies of one paper's meta compress to almost nothing.
     */
    public static final String PAPER_META_JSON = "paperMetaJson";

    /**
     * Which work the paper is ({@code WorkIdentity}: {@code doi:…}, {@code work:title|surname|year},
     * {@code text:digest}); keyword, stored, one value per key. Two papers sharing a key are one work.
     */
    public static final String WORK_KEY = "workKey";

    /** How rich the paper's copy of its work is (references, DOI, format); stored only: the richer copy is kept. */
    public static final String WORK_RANK = "workRank";

    /** On an alias document: the paperId of the paper kept for the work. Keyword, stored. */
    public static final String ALIAS_OF = "aliasOf";

    // ---- claim documents --------------------------------------------------------------------

    /** The claim's deterministic id. Keyword, stored: lookups by id ({@code /api/claims/{id}}). */
    public static final String CLAIM_ID = "claimId";

    /**
     * The claim's sentence: the field full-text search runs over. Analysed with
     * {@link EvidenceAnalyzer} (so PI3K/Akt is found by its parts and as a whole); stored because the
     * highlighter re-analyses the stored text to place its marks.
     */
    public static final String TEXT = "text";

    /** Subject and object as written. Analysed, not stored (the claim JSON holds them). */
    public static final String SUBJECT = "subject";
    public static final String OBJECT = "object";

    /**
     * Normalised names of the subject, the object, and every gene / drug in the sentence. Keyword
     * (exact ids; genes and drugs multi-valued), not stored (the claim JSON holds them); doc values
     * so gene/drug facets can count them later.
     */
    public static final String SUBJECT_ID = "subjectId";
    public static final String OBJECT_ID = "objectId";
    public static final String GENES = "genes";
    public static final String DRUGS = "drugs";

    /**
     * Enum-valued attributes, indexed by their export spelling (Relation and Mechanism by name,
     * Evidence by label, booleans as "true"/"false"). Keyword, not stored: they are filters and
     * facets; display values come from the claim JSON.
     */
    public static final String RELATION = "relation";
    public static final String MECHANISM = "mechanism";
    public static final String EVIDENCE = "evidence";
    public static final String NEGATED = "negated";
    public static final String HEDGED = "hedged";

    /**
     * The claim's citation check by title ("title-supported", "unverified", "none"). Keyword, not
     * stored: a search filter ({@code --citation-check unverified}); the claim JSON holds the per-citation
     * detail.
     */
    public static final String CITATION_CHECK = "citationCheck";

    /** The section heading the claim sits in. Keyword (exact filter), not stored. */
    public static final String SECTION = "section";

    /**
     * The claim's start offset in the paper. Numeric doc values only: nothing searches by offset,
     * but exports list a paper's claims in text order.
     */
    public static final String START = "start";

    /**
     * The title of the claim's paper, denormalised. Stored only: every hit shows it, and a copy here
     * saves a paper lookup per hit. Paper and claims are always replaced together, so it cannot go
     * stale.
     */
    public static final String PAPER_TITLE = "paperTitle";

    /** The whole Claim as JSON. Stored only: hits and exports rebuild the record exactly. */
    public static final String CLAIM_JSON = "claimJson";

    // ---- added for faceted, filtered search (issue 6) -------------------------------------------

    /**
     * The paper's publication year on its claims, as four digits ("2019"). Keyword (an exact filter,
     * and a term range {@code year:[2015 TO 2020]} works because every value has four digits) with
     * doc values, which the year facet counts. Absent when the paper's year is unknown.
     */
    public static final String YEAR = "year";

    /**
     * What the claim asserts, {@code subjectId|NET_RELATION|objectId} (the net relation, so "loss of PTEN
     * activates PI3K" and "PTEN inhibits PI3K" assert the same; the lower-cased text stands in for a
     * missing id). Keyword with doc values, not stored: sorting by support counts the distinct papers
     * asserting the same thing, read from these doc values without loading any stored field.
     */
    public static final String ASSERTION = "assertion";

    /**
     * The raw text of the references the claim cites. Analysed with {@link EvidenceAnalyzer}, not
     * stored (the paper's reference list holds it): {@code cites:Slamon} finds claims backed by a work.
     */
    public static final String CITED = "cited";

    /** DOIs (lower-cased) and PMIDs of the cited references. Keyword, not stored: exact lookups. */
    public static final String CITED_ID = "citedId";

    /**
     * The references the claim cites, resolved at index time, as JSON ({@code [{label,index,reference}]}).
     * Stored only, denormalised like {@link #PAPER_TITLE}: a hit then needs no read of its paper
     * document, whose stored fields hold the whole paper and cost far more to decompress than the
     * search itself (measured: most of the latency on a 200k-claim index).
     */
    public static final String CITATIONS_JSON = "citationsJson";

    // ---- added for argument states and net relations ---------------------------------------------

    /**
     * What the sentence does to the subject's and to the object's entity, by the export label
     * ("loss", "gain", "mutant"). Keyword, not stored (the claim JSON holds them); no term at all for
     * the entity itself (NONE), so an index written before states existed reads as all-NONE.
     */
    public static final String SUBJECT_STATE = "subjectState";
    public static final String OBJECT_STATE = "objectState";

    /**
     * The states of both arguments together (the distinct labels of {@link #SUBJECT_STATE} and
     * {@link #OBJECT_STATE}). Keyword with doc values, not stored: one term query answers
     * {@code --state loss} ("subject or object lost"), and the state facet counts it.
     */
    public static final String STATE = "state";

    /**
     * What the claim asserts about its subject's entity ({@code Claim.netRelation()}: the relation,
     * sign-inverted under a LOSS subject), by name. Keyword with doc values, not stored: a filter and
     * a facet. Absent on claims indexed before it existed; their net relation is their relation, and
     * the net-relation filter falls back to {@link #RELATION} for them.
     */
    public static final String NET_RELATION = "netRelation";

    // ---- added for the sentence index ----------------------------------------------------------

    /**
     * {@code paperId#index}. Keyword, stored, on a sentence and on each of its claims: a sentence hit
     * finds its claims (those matching the claim filters) with one term query.
     */
    public static final String SENTENCE_ID = "sentenceId";

    /**
     * The sentence as JSON ({@code IndexedSentence}: text, span, section, its gene and drug mentions,
     * its callouts). Stored only: a sentence hit is rebuilt from it and the highlighter marks its
     * mentions. A sentence document also carries {@link #TEXT}, {@link #GENES}, {@link #DRUGS},
     * {@link #SECTION}, {@link #YEAR}, {@link #START}, {@link #CITED}, {@link #CITED_ID},
     * {@link #PAPER_META_JSON} and {@link #CITATIONS_JSON} as a claim does, and the values of its claims'
     * fields ({@link #RELATION}, {@link #MECHANISM}, {@link #ASSERTION}, …) so that facets count
     * sentences and {@code relation:INHIBITS} typed in a query finds the sentences making such a claim.
     */
    public static final String SENTENCE_JSON = "sentenceJson";

    /**
     * The index layout a paper was written with; keyword on the paper document. Papers without it (or
     * with an older value) predate the sentence index: the ingest re-indexes their files instead of
     * skipping them as unchanged.
     */
    public static final String LAYOUT = "layout";
    /** The current {@link #LAYOUT}: sentences indexed. */
    public static final String LAYOUT_CURRENT = "sentences-1";

    private Fields() {
    }
}
