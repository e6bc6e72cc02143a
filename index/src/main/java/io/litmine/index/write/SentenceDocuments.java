package io.litmine.index.write;

import io.litmine.corpus.model.Claim;
import io.litmine.corpus.model.Paper;
import io.litmine.index.json.EvidenceJson;
import io.litmine.index.schema.Fields;
import io.litmine.index.search.CitedReference;
import io.litmine.index.search.IndexedSentence;
import io.litmine.index.search.PaperMeta;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;

/**
 * The document of one sentence ({@link Fields#TYPE_SENTENCE}): searchable text, its genes and drugs,
 * section, year and cited works, the attributes of the claims it makes, and the stored JSON a hit is
 * rebuilt from. Why each field is as it is: see {@link Fields}.
 */
final class SentenceDocuments {

    private SentenceDocuments() {
    }

    static Document of(Paper paper, SentenceBlock block) {
        IndexedSentence sentence = block.sentence();
        Document doc = EvidenceDocuments.common(Fields.TYPE_SENTENCE, paper);
        doc.add(new KeywordField(Fields.SENTENCE_ID, sentence.sentenceId(), Store.YES));
        doc.add(new TextField(Fields.TEXT, sentence.text(), Store.YES));
        sentence.genes().forEach(g -> EvidenceDocuments.addKeyword(doc, Fields.GENES, g));
        sentence.drugs().forEach(d -> EvidenceDocuments.addKeyword(doc, Fields.DRUGS, d));
        EvidenceDocuments.addKeyword(doc, Fields.SECTION, sentence.section());
        doc.add(new NumericDocValuesField(Fields.START, sentence.start()));
        EvidenceDocuments.addYear(doc, paper);
        EvidenceDocuments.addCited(doc, paper, sentence.citations());
        for (Claim claim : block.claims()) {
            EvidenceDocuments.addClaimAttributes(doc, claim);
            EvidenceDocuments.addKeyword(doc, Fields.CLAIM_ID, claim.claimId());
        }
        doc.add(new StoredField(Fields.CLAIM_COUNT, block.claims().size()));
        doc.add(new StoredField(Fields.PAPER_META_JSON, EvidenceJson.toJson(PaperMeta.of(paper))));
        doc.add(new StoredField(Fields.SENTENCE_JSON, EvidenceJson.toJson(sentence)));
        doc.add(new StoredField(Fields.CITATIONS_JSON, EvidenceJson.citationsToJson(
                CitedReference.resolve(sentence.citations(), paper.references()))));
        return doc;
    }
}
