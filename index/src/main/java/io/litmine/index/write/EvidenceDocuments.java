package io.litmine.index.write;

import io.litmine.corpus.model.AnnotatedPaper;
import io.litmine.corpus.model.ArgumentState;
import io.litmine.corpus.model.Claim;
import io.litmine.corpus.model.Paper;
import io.litmine.corpus.model.Reference;
import io.litmine.index.json.EvidenceJson;
import io.litmine.index.schema.Fields;
import io.litmine.index.search.CitedReference;
import io.litmine.index.search.PaperMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

/**
 * Turns an AnnotatedPaper into its Lucene documents: the paper document first, then one block per
 * sentence (its claims' documents, then the sentence's: the order a block join needs). Why each field
 * is indexed/stored as it is: see {@link Fields}.
 */
final class EvidenceDocuments {

    private EvidenceDocuments() {
    }

    static List<Document> of(AnnotatedPaper annotated) {
        List<SentenceBlock> blocks = SentenceBlock.of(annotated);
        List<Document> docs = new ArrayList<>(1 + blocks.size() + annotated.claims().size());
        docs.add(paperDocument(annotated));
        for (SentenceBlock block : blocks) {
            for (Claim claim : block.claims()) {
                Document claimDoc = claimDocument(annotated.paper(), claim);
                claimDoc.add(new KeywordField(Fields.SENTENCE_ID, block.sentence().sentenceId(), Store.YES));
                docs.add(claimDoc);
            }
            docs.add(SentenceDocuments.of(annotated.paper(), block));
        }
        return docs;
    }

    static Document paperDocument(AnnotatedPaper annotated) {
        Paper paper = annotated.paper();
        Document doc = common(Fields.TYPE_PAPER, paper);
        doc.add(new TextField(Fields.TITLE, paper.title(), Store.YES));
        doc.add(new StoredField(Fields.SENTENCE_COUNT, annotated.sentences().size()));
        doc.add(new StoredField(Fields.CLAIM_COUNT, annotated.claims().size()));
        doc.add(new StoredField(Fields.REFERENCE_COUNT, paper.references().size()));
        doc.add(new StoredField(Fields.UNRESOLVED_COUNT, annotated.unresolvedLabels().size()));
        doc.add(new StoredField(Fields.CALLOUT_COUNT, annotated.citations().size()));
        doc.add(new StoredField(Fields.UNRESOLVED_LABELS, EvidenceJson.stringsToJson(annotated.unresolvedLabels())));
        doc.add(new StoredField(Fields.REFERENCES_JSON, EvidenceJson.referencesToJson(paper.references())));
        doc.add(new StoredField(Fields.PAPER_JSON, EvidenceJson.toJson(annotated)));
        doc.add(new StoredField(Fields.PAPER_META_JSON, EvidenceJson.toJson(PaperMeta.of(paper))));
        WorkIdentity.keys(paper).forEach(key -> doc.add(new KeywordField(Fields.WORK_KEY, key, Store.YES)));
        doc.add(new StoredField(Fields.WORK_RANK, WorkIdentity.rank(paper)));
        doc.add(new KeywordField(Fields.LAYOUT, Fields.LAYOUT_CURRENT, Store.YES));
        return doc;
    }

    static Document claimDocument(Paper paper, Claim claim) {
        if (!claim.paperId().equals(paper.paperId())) {
            throw new IllegalArgumentException(
                    "claim " + claim.claimId() + " belongs to paper " + claim.paperId() + ", not " + paper.paperId());
        }
        Document doc = common(Fields.TYPE_CLAIM, paper);
        doc.add(new KeywordField(Fields.CLAIM_ID, claim.claimId(), Store.YES));
        doc.add(new TextField(Fields.TEXT, claim.sentence(), Store.YES));
        addClaimAttributes(doc, claim);
        claim.genes().stream().distinct().forEach(g -> addKeyword(doc, Fields.GENES, g));
        claim.drugs().stream().distinct().forEach(d -> addKeyword(doc, Fields.DRUGS, d));
        addKeyword(doc, Fields.SECTION, claim.section());
        doc.add(new NumericDocValuesField(Fields.START, claim.start()));
        addYear(doc, paper);
        addCited(doc, paper, claim);
        doc.add(new StoredField(Fields.PAPER_TITLE, paper.title()));
        doc.add(new StoredField(Fields.PAPER_META_JSON, EvidenceJson.toJson(PaperMeta.of(paper))));
        doc.add(new StoredField(Fields.CLAIM_JSON, EvidenceJson.toJson(claim)));
        doc.add(new StoredField(Fields.CITATIONS_JSON, EvidenceJson.citationsToJson(CitedReference.resolve(claim, paper.references()))));
        return doc;
    }

    /**
     * What the claim says, as filter and facet terms: its arguments, relations, states, mechanism,
     * evidence, flags, citation check and assertion. On the claim's document, and on its sentence's
     * (where they say "the sentence makes such a claim").
     */
    static void addClaimAttributes(Document doc, Claim claim) {
        doc.add(new TextField(Fields.SUBJECT, claim.subject(), Store.NO));
        doc.add(new TextField(Fields.OBJECT, claim.object(), Store.NO));
        addKeyword(doc, Fields.SUBJECT_ID, claim.subjectId());
        addKeyword(doc, Fields.OBJECT_ID, claim.objectId());
        addKeyword(doc, Fields.RELATION, claim.relation().name());
        addKeyword(doc, Fields.NET_RELATION, claim.netRelation().name());
        addKeyword(doc, Fields.SUBJECT_STATE, claim.subjectState().label());
        addKeyword(doc, Fields.OBJECT_STATE, claim.objectState().label());
        Stream.of(claim.subjectState(), claim.objectState()).map(ArgumentState::label).filter(Objects::nonNull).distinct()
                .forEach(state -> addKeyword(doc, Fields.STATE, state));
        addKeyword(doc, Fields.MECHANISM, claim.mechanism().name());
        addKeyword(doc, Fields.EVIDENCE, claim.evidence().label());
        addKeyword(doc, Fields.NEGATED, Boolean.toString(claim.negated()));
        addKeyword(doc, Fields.HEDGED, Boolean.toString(claim.hedged()));
        addKeyword(doc, Fields.CITATION_CHECK, claim.citationCheck().label());
        addKeyword(doc, Fields.ASSERTION, assertion(claim));
    }

    static void addYear(Document doc, Paper paper) {
        if (paper.year() != null) {
            addKeyword(doc, Fields.YEAR, Integer.toString(paper.year()));
        }
    }

    /** The record that {@code alias} (a paperId and its source) is the work of the paper {@code kept}. */
    static Document aliasDocument(IncomingPaper alias, String kept) {
        Document doc = new Document();
        doc.add(new StringField(Fields.TYPE, Fields.TYPE_ALIAS, Store.NO));
        doc.add(new KeywordField(Fields.PAPER_ID, alias.paperId(), Store.YES));
        doc.add(new KeywordField(Fields.SOURCE, alias.source(), Store.YES));
        doc.add(new KeywordField(Fields.ALIAS_OF, kept, Store.YES));
        return doc;
    }

    static Document common(String type, Paper paper) {
        Document doc = new Document();
        doc.add(new StringField(Fields.TYPE, type, Store.NO));
        doc.add(new KeywordField(Fields.PAPER_ID, paper.paperId(), Store.YES));
        doc.add(new KeywordField(Fields.SOURCE, paper.source(), Store.YES));
        return doc;
    }

    /** {@code subjectId|NET_RELATION|objectId}, the text lower-cased where an id is missing; see {@link Fields#ASSERTION}. */
    static String assertion(Claim claim) {
        String subject = claim.subjectId() != null ? claim.subjectId() : claim.subject().toLowerCase(Locale.ROOT);
        String object = claim.objectId() != null ? claim.objectId() : claim.object().toLowerCase(Locale.ROOT);
        return subject + "|" + claim.netRelation().name() + "|" + object;
    }

    private static void addCited(Document doc, Paper paper, Claim claim) {
        addCited(doc, paper, claim.citations());
    }

    /** The cited references' text ({@link Fields#CITED}) and ids ({@link Fields#CITED_ID}). */
    static void addCited(Document doc, Paper paper, List<Integer> citations) {
        for (int index : citations) {
            for (Reference reference : paper.references()) {
                if (reference.index() != index) {
                    continue;
                }
                doc.add(new TextField(Fields.CITED, reference.raw(), Store.NO));
                if (reference.doi() != null) {
                    addKeyword(doc, Fields.CITED_ID, reference.doi().toLowerCase(Locale.ROOT));
                }
                addKeyword(doc, Fields.CITED_ID, reference.pmid());
            }
        }
    }

    /** Null means "none" (a process as object has no id): no term at all, rather than an empty one. */
    static void addKeyword(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new KeywordField(field, value, Store.NO));
        }
    }
}
