package io.litmine.index.export.bioc;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import io.litmine.corpus.model.AnnotatedPaper;
import io.litmine.index.export.ExportFormat;
import io.litmine.index.export.PaperStream;
import io.litmine.index.export.bioc.BiocModel.Annotation;
import io.litmine.index.export.bioc.BiocModel.Document;
import io.litmine.index.export.bioc.BiocModel.Node;
import io.litmine.index.export.bioc.BiocModel.Passage;
import io.litmine.index.export.bioc.BiocModel.Relation;
import io.litmine.index.json.EvidenceJson;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes papers with their gene/drug mentions and claims as a BioC collection, in BioC XML
 * (valid against the BioC DTD) or BioC JSON (the same tree, as the BioC JSON tools write it).
 * UTF-8; {@code out} is flushed, not closed.
 */
public final class BiocExporter {

    static final String SOURCE = "litmine";
    static final String KEY = "litmine.key";

    private BiocExporter() {
    }

    public static void write(List<AnnotatedPaper> papers, ExportFormat format, OutputStream out) throws IOException {
        write(PaperStream.of(papers), format, out);
    }

    /** Writes the papers as they come; only the current one is held. */
    public static void write(PaperStream papers, ExportFormat format, OutputStream out) throws IOException {
        String date = LocalDate.now().toString();
        switch (format) {
            case BIOC -> xml(papers, date, out);
            case BIOC_JSON -> json(papers, date, out);
            default -> throw new IllegalArgumentException("BioC is exported as bioc or bioc-json, not " + format.extension());
        }
        out.flush();
    }

    private static void xml(PaperStream papers, String date, OutputStream out) throws IOException {
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeDTD("\n<!DOCTYPE collection SYSTEM \"BioC.dtd\">\n");
            x.writeStartElement("collection");
            element(x, "source", SOURCE);
            element(x, "date", date);
            element(x, "key", KEY);
            papers.forEach(paper -> {
                try {
                    document(x, BiocDocuments.of(paper));
                } catch (XMLStreamException e) {
                    throw new IOException("cannot write BioC XML: " + e.getMessage(), e);
                }
            });
            x.writeEndElement();
            x.writeEndDocument();
            x.flush();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write BioC XML: " + e.getMessage(), e);
        }
    }

    private static void document(XMLStreamWriter x, Document d) throws XMLStreamException {
        x.writeStartElement("document");
        element(x, "id", d.id());
        infons(x, d.infons());
        for (Passage p : d.passages()) {
            x.writeStartElement("passage");
            infons(x, p.infons());
            element(x, "offset", Integer.toString(p.offset()));
            element(x, "text", p.text());
            for (Annotation a : p.annotations()) {
                x.writeStartElement("annotation");
                x.writeAttribute("id", a.id());
                infons(x, a.infons());
                x.writeEmptyElement("location");
                x.writeAttribute("offset", Integer.toString(a.offset()));
                x.writeAttribute("length", Integer.toString(a.length()));
                element(x, "text", a.text());
                x.writeEndElement();
            }
            for (Relation r : p.relations()) {
                x.writeStartElement("relation");
                x.writeAttribute("id", r.id());
                infons(x, r.infons());
                for (Node n : r.nodes()) {
                    x.writeEmptyElement("node");
                    x.writeAttribute("refid", n.refid());
                    x.writeAttribute("role", n.role());
                }
                x.writeEndElement();
            }
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    private static void infons(XMLStreamWriter x, Map<String, String> infons) throws XMLStreamException {
        for (Map.Entry<String, String> e : infons.entrySet()) {
            x.writeStartElement("infon");
            x.writeAttribute("key", e.getKey());
            x.writeCharacters(XmlText.clean(e.getValue()));
            x.writeEndElement();
        }
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(XmlText.clean(text));
        x.writeEndElement();
    }

    private static void json(PaperStream papers, String date, OutputStream out) throws IOException {
        JsonGenerator g = EvidenceJson.mapper().getFactory().createGenerator(out, JsonEncoding.UTF8);
        g.writeStartObject();
        g.writeStringField("source", SOURCE);
        g.writeStringField("date", date);
        g.writeStringField("key", KEY);
        g.writeObjectFieldStart("infons");
        g.writeEndObject();
        g.writeArrayFieldStart("documents");
        papers.forEach(paper -> {
            Document d = BiocDocuments.of(paper);
            g.writeStartObject();
            g.writeStringField("id", d.id());
            g.writeObjectField("infons", d.infons());
            g.writeArrayFieldStart("passages");
            for (Passage p : d.passages()) {
                g.writeStartObject();
                g.writeObjectField("infons", p.infons());
                g.writeNumberField("offset", p.offset());
                g.writeStringField("text", p.text());
                g.writeArrayFieldStart("sentences");
                g.writeEndArray();
                g.writeArrayFieldStart("annotations");
                for (Annotation a : p.annotations()) {
                    g.writeStartObject();
                    g.writeStringField("id", a.id());
                    g.writeObjectField("infons", a.infons());
                    g.writeStringField("text", a.text());
                    g.writeArrayFieldStart("locations");
                    g.writeStartObject();
                    g.writeNumberField("offset", a.offset());
                    g.writeNumberField("length", a.length());
                    g.writeEndObject();
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("relations");
                for (Relation r : p.relations()) {
                    g.writeStartObject();
                    g.writeStringField("id", r.id());
                    g.writeObjectField("infons", r.infons());
                    g.writeArrayFieldStart("nodes");
                    for (Node n : r.nodes()) {
                        g.writeStartObject();
                        g.writeStringField("refid", n.refid());
                        g.writeStringField("role", n.role());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("relations");
            g.writeEndArray();
            g.writeEndObject();
        });
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
    }
}
