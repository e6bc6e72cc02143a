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
 * Turns an AnnotatedPaper into its Lucene documents: the paper document first, then one per claim.
 * Why each field is indexed/stored as it is: see {@link Fields}.
 */
final class EvidenceDocuments {

    private EvidenceDocuments() {
    }

    static List<Document> of(AnnotatedPaper annotated) {
        List<Document> docs = new ArrayList<>(1 + annotated.claims().size());
        docs.add(paperDocument(annotated));
        for (Claim claim : annotated.claims()) {
            docs.add(claimDocument(annotated.paper(), claim));
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
        doc.add(new StoredField(Fields.REFERENCES_JSON, EvidenceJson.referencesToJson(paper.references())));
        doc.add(new StoredField(Fields.PAPER_JSON, EvidenceJson.toJson(annotated)));
        doc.add(new StoredField(Fields.PAPER_META_JSON, EvidenceJson.toJson(PaperMeta.of(paper))));
        WorkIdentity.keys(paper).forEach(key -> doc.add(new KeywordField(Fields.WORK_KEY, key, Store.YES)));
        doc.add(new StoredField(Fields.WORK_RANK, WorkIdentity.rank(paper)));
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
        doc.add(new TextField(Fields.SUBJECT, claim.subject(), Store.NO));
        doc.add(new TextField(Fields.OBJECT, claim.object(), Store.NO));
        addKeyword(doc, Fields.SUBJECT_ID, claim.subjectId());
        addKeyword(doc, Fields.OBJECT_ID, claim.objectId());
        claim.genes().stream().distinct().forEach(g -> addKeyword(doc, Fields.GENES, g));
        claim.drugs().stream().distinct().forEach(d -> addKeyword(doc, Fields.DRUGS, d));
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
        addKeyword(doc, Fields.SECTION, claim.section());
        addKeyword(doc, Fields.CITATION_CHECK, claim.citationCheck().label());
        doc.add(new NumericDocValuesField(Fields.START, claim.start()));
        if (paper.year() != null) {
            addKeyword(doc, Fields.YEAR, Integer.toString(paper.year()));
        }
        addKeyword(doc, Fields.ASSERTION, assertion(claim));
        addCited(doc, paper, claim);
        doc.add(new StoredField(Fields.PAPER_TITLE, paper.title()));
        doc.add(new StoredField(Fields.CLAIM_JSON, EvidenceJson.toJson(claim)));
        doc.add(new StoredField(Fields.CITATIONS_JSON, EvidenceJson.citationsToJson(CitedReference.resolve(claim, paper.references()))));
        return doc;
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

    private static Document common(String type, Paper paper) {
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
        for (int index : claim.citations()) {
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
    private static void addKeyword(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new KeywordField(field, value, Store.NO));
        }
    }
}
