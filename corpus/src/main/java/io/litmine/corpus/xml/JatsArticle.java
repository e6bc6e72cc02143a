package io.litmine.corpus.xml;

import io.litmine.corpus.model.Paper;
import io.litmine.corpus.model.Publication;
import io.litmine.corpus.model.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads a JATS/NLM article into a {@link Paper}. The text is: title, abstracts, body sections,
 * back-matter prose (acknowledgements, appendices, notes), then figures and tables as sections of their
 * own — that is the body, where callouts and claims are looked for — then the reference list, one entry
 * per block, after {@code bodyEnd}.
 */
final class JatsArticle {

    private static final BlockWriter.Names NAMES = new BlockWriter.Names("sec", "title", Set.of("p"),
            Set.of("fig", "fig-group", "table-wrap", "table-wrap-group", "supplementary-material"), Set.of("tr"));

    private JatsArticle() {
    }

    static Paper read(Document doc, String paperId, String source) throws ArticleXmlException {
        Element article = doc.getDocumentElement();
        Element meta = Dom.first(Dom.child(article, "front"), "article-meta");
        ReferenceList refs = JatsReferences.read(article);
        BlockWriter writer = new BlockWriter(NAMES, new CalloutMarkup("xref", "ref-type", "bibr", "rid", null,
                refs.positions(), refs.labels()));
        TextAssembler text = writer.text();

        Element titleElement = Dom.first(meta, "article-title");
        String title = Dom.text(titleElement);
        if (titleElement != null) {
            text.section("Title");
            text.block(titleElement);
        }
        for (Element abs : meta == null ? List.<Element>of() : Dom.children(meta, "abstract")) {
            if (abs.getAttribute("abstract-type").equals("toc")) {
                continue; // a one-line teaser for the table of contents, repeated from the abstract
            }
            String heading = Dom.text(Dom.child(abs, "title"));
            writer.section(abs, heading.isEmpty() ? "Abstract" : heading);
        }
        Element body = Dom.child(article, "body");
        if (body != null) {
            writer.blocks(body);
        }
        Element back = Dom.child(article, "back");
        for (Element part : back == null ? List.<Element>of() : Dom.children(back, "ack", "app-group", "app", "notes", "sec",
                "glossary", "fn-group", "bio")) {
            String heading = writer.heading(part);
            writer.section(part, heading.isEmpty() ? defaultHeading(part) : heading);
        }
        Element floats = Dom.child(article, "floats-group");
        if (floats != null) {
            writer.blocks(floats);
        }
        writer.floats();
        int bodyEnd = text.length();
        if (!refs.references().isEmpty()) {
            text.section("References");
            text.block("References");
            for (Reference r : refs.references()) {
                text.block(r.label() + ". " + r.raw());
            }
            text.endSection();
        }
        if (text.text().isBlank()) {
            throw new ArticleXmlException("the JATS article has no text");
        }
        return new Paper(paperId, source, title, authors(meta), year(meta), articleId(meta, "doi"), text.text(), text.sections(),
                refs.references(), bodyEnd, text.callouts(), publication(article, meta));
    }

    private static String defaultHeading(Element part) {
        return switch (Dom.name(part)) {
            case "ack" -> "Acknowledgments";
            case "glossary" -> "Abbreviations";
            case "fn-group" -> "Notes";
            default -> "Appendix";
        };
    }

    private static List<String> authors(Element meta) {
        List<String> out = new ArrayList<>();
        for (Element group : meta == null ? List.<Element>of() : Dom.children(meta, "contrib-group")) {
            for (Element contrib : Dom.children(group, "contrib")) {
                String type = contrib.getAttribute("contrib-type");
                if (!type.isEmpty() && !type.equals("author")) {
                    continue;
                }
                Element name = Dom.first(contrib, "name");
                String full = name != null
                        ? (Dom.text(Dom.child(name, "given-names")) + " " + Dom.text(Dom.child(name, "surname"))).strip()
                        : Dom.text(Dom.first(contrib, "collab", "string-name"));
                if (!full.isEmpty()) {
                    out.add(full);
                }
            }
        }
        return out;
    }

    /** The publication year: the print or electronic date the publisher gives, else the first date. */
    private static Integer year(Element meta) {
        Integer first = null;
        for (Element date : meta == null ? List.<Element>of() : Dom.children(meta, "pub-date")) {
            Integer y = ReferenceList.year(Dom.text(Dom.child(date, "year")));
            String type = date.getAttribute("pub-type") + date.getAttribute("date-type");
            if (y != null && (type.contains("ppub") || type.contains("epub") || type.contains("pub"))) {
                return y;
            }
            first = first == null ? y : first;
        }
        return first;
    }

    /** The article id of one of these {@code pub-id-type}s ("doi", "pmid", "pmc"), or null. */
    private static String articleId(Element meta, String... types) {
        for (Element id : meta == null ? List.<Element>of() : Dom.children(meta, "article-id")) {
            if (List.of(types).contains(id.getAttribute("pub-id-type"))) {
                return Dom.text(id);
            }
        }
        return null;
    }

    /** {@code journal-meta/journal-title} (inside {@code journal-title-group} in JATS 1.x), PMID and PMCID. */
    private static Publication publication(Element article, Element meta) {
        Element journal = Dom.first(Dom.first(Dom.child(article, "front"), "journal-meta"), "journal-title");
        return new Publication(journal == null ? null : Dom.text(journal), articleId(meta, "pmid"),
                articleId(meta, "pmc", "pmcid"));
    }
}
