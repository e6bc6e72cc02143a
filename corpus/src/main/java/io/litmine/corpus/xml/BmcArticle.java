package io.litmine.corpus.xml;

import io.litmine.corpus.model.Paper;
import io.litmine.corpus.model.Reference;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads BioMed Central's older "art" XML ({@code fm}/{@code bdy}/{@code bm}, callouts as
 * {@code <abbrgrp><abbr bid>}) into a {@link Paper}, laid out as {@link JatsArticle} does.
 */
final class BmcArticle {

    private static final BlockWriter.Names NAMES = new BlockWriter.Names("sec", "st", Set.of("p"),
            Set.of("fig", "table", "suppl"), Set.of("row"));

    private BmcArticle() {
    }

    static Paper read(Document doc, String paperId, String source) throws ArticleXmlException {
        Element art = doc.getDocumentElement();
        Element fm = Dom.child(art, "fm");
        Element own = fm == null ? null : Dom.child(fm, "bibl");
        ReferenceList refs = BmcReferences.read(art);
        BlockWriter writer = new BlockWriter(NAMES, new CalloutMarkup("abbr", null, null, "bid", "abbrgrp",
                refs.positions(), refs.labels()));
        TextAssembler text = writer.text();

        Element titleElement = own == null ? null : Dom.child(own, "title");
        String title = Dom.text(titleElement);
        if (titleElement != null) {
            text.section("Title");
            text.block(title);
        }
        Element abs = fm == null ? null : Dom.child(fm, "abs");
        if (abs != null) {
            text.section("Abstract");
            writer.blocks(abs);
        }
        for (String part : List.of("bdy", "bm")) {
            Element e = Dom.child(art, part);
            if (e != null) {
                for (Element c : Dom.children(e, "sec", "ack", "p")) {
                    String heading = writer.heading(c);
                    writer.section(c, heading.isEmpty() && Dom.is(c, "ack") ? "Acknowledgements" : heading);
                }
            }
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
            throw new ArticleXmlException("the BMC article has no text");
        }
        return new Paper(paperId, source, title, own == null ? List.of() : BmcReferences.authors(own),
                own == null ? null : ReferenceList.year(Dom.text(Dom.child(own, "pubdate"))),
                own == null ? null : ReferenceList.orNull(doiOf(own)), text.text(), text.sections(),
                refs.references(), bodyEnd, text.callouts());
    }

    private static String doiOf(Element bibl) {
        for (Element id : Dom.descendants(bibl, "pubid")) {
            if (id.getAttribute("idtype").equals("doi")) {
                return Dom.text(id);
            }
        }
        return "";
    }
}
