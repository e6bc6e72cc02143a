package io.litmine.corpus.xml;

import io.litmine.corpus.model.Paper;
import org.w3c.dom.Document;

/**
 * Reads publisher XML (JATS/NLM, BMC art) structurally: sections from the markup, the reference list
 * field by field, and every bibliographic callout with the references its ids name. Safe to share
 * between threads (each call builds its own parser).
 */
public final class ArticleXmlReader {

    public Paper read(XmlDialect dialect, String paperId, String source, byte[] bytes) throws ArticleXmlException {
        Document doc = SecureXml.parse(bytes);
        return switch (dialect) {
            case JATS -> JatsArticle.read(doc, paperId, source);
            case BMC_ART -> BmcArticle.read(doc, paperId, source);
        };
    }
}
