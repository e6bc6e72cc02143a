package io.litmine.corpus.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.DocumentType;
import org.w3c.dom.Entity;
import org.w3c.dom.NamedNodeMap;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses publisher XML without ever leaving the file. JATS files carry a DOCTYPE naming a remote DTD:
 * it is never fetched (named entities such as {@code &nbsp;} are rare in JATS, which uses numeric
 * references). External entities are neither loaded nor expanded, and a document that declares one is
 * refused outright, so an XXE payload is a clear failure rather than a silently emptied paragraph.
 * XInclude is off and the JDK's secure-processing limits bound entity expansion (billion laughs).
 */
public final class SecureXml {

    private SecureXml() {
    }

    public static Document parse(byte[] bytes) throws ArticleXmlException {
        Document doc;
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            // Belt and braces: should anything still ask for an external resource, hand it nothing.
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            builder.setErrorHandler(new DefaultHandler());
            doc = builder.parse(new ByteArrayInputStream(bytes));
        } catch (SAXParseException e) {
            throw new ArticleXmlException("malformed XML at line " + e.getLineNumber() + ": " + e.getMessage(), e);
        } catch (SAXException | IOException e) {
            throw new ArticleXmlException("malformed XML: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a required security feature", e);
        }
        refuseExternalEntities(doc.getDoctype());
        return doc;
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setValidating(false);
        f.setNamespaceAware(false);
        return f;
    }

    private static void refuseExternalEntities(DocumentType doctype) throws ArticleXmlException {
        if (doctype == null) {
            return;
        }
        NamedNodeMap entities = doctype.getEntities();
        for (int i = 0; i < entities.getLength(); i++) {
            Entity entity = (Entity) entities.item(i);
            if (entity.getSystemId() != null || entity.getPublicId() != null) {
                throw new ArticleXmlException("the XML declares an external entity '" + entity.getNodeName()
                        + "' (" + entity.getSystemId() + "); litmine never resolves external entities");
            }
        }
    }
}
