package io.litmine.corpus.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Walks the block structure of an article (sections, paragraphs, lists, boxes) into a
 * {@link TextAssembler}, one section per titled {@code sec}. Figures and tables are kept out of the
 * running text, where they would split the paragraph that mentions them, and written after it, each
 * as a section of its own (captions and table cells carry callouts too).
 */
final class BlockWriter {

    /** The names a dialect gives to its structure. */
    record Names(String section, String sectionTitle, Set<String> paragraphs, Set<String> floats, Set<String> rows) {
    }

    private final Names names;
    private final List<Element> floats = new ArrayList<>();
    private final TextAssembler text;

    BlockWriter(Names names, CalloutMarkup markup) {
        this.names = names;
        this.text = new TextAssembler(markup, n -> names.floats().contains(Dom.name(n)) && n.getNodeType() == Node.ELEMENT_NODE,
                floats::add);
    }

    TextAssembler text() {
        return text;
    }

    /** Writes a titled section: its heading as a block, then its content. */
    void section(Element sec, String heading) {
        text.section(heading.isBlank() ? "Section" : heading);
        text.block(heading);
        blocks(sec);
    }

    /** Writes the block content of {@code container}, its (sub)sections included, skipping its own title. */
    void blocks(Element container) {
        for (Node n = container.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() != Node.ELEMENT_NODE) {
                continue;
            }
            Element c = (Element) n;
            String name = Dom.name(c);
            if (name.equals(names.sectionTitle()) || name.equals("label") && Dom.is(container, names.section())) {
                continue;
            } else if (names.floats().contains(name)) {
                floats.add(c);
            } else if (name.equals(names.section())) {
                section(c, heading(c));
            } else if (names.paragraphs().contains(name) || !hasBlocks(c)) {
                text.block(c);
            } else {
                blocks(c);
            }
        }
    }

    /** A section's printed heading: its label ("2.1") and title. */
    String heading(Element sec) {
        String label = Dom.text(Dom.child(sec, "label"));
        String title = Dom.text(Dom.child(sec, names.sectionTitle()));
        return (label + " " + title).strip();
    }

    /** Writes every figure and table met so far (and any met while writing them) as sections. */
    void floats() {
        for (int i = 0; i < floats.size(); i++) {
            Element f = floats.get(i);
            String heading = Dom.text(Dom.child(f, "label"));
            if (heading.isEmpty()) {
                heading = Dom.text(Dom.child(f, "title"));
            }
            text.section(heading.isEmpty() ? Dom.name(f) : heading);
            floatContent(f);
        }
        text.endSection();
    }

    private void floatContent(Element f) {
        for (Node n = f.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() != Node.ELEMENT_NODE) {
                continue;
            }
            Element c = (Element) n;
            List<Element> rows = Dom.descendants(c, names.rows().toArray(String[]::new));
            if (Dom.is(c, "object-id", "graphic", "media", "permissions")) {
                continue;
            } else if (names.floats().contains(Dom.name(c))) {
                floats.add(c);
            } else if (!rows.isEmpty()) {
                rows.forEach(text::block);
            } else if (names.paragraphs().contains(Dom.name(c)) || !hasBlocks(c)) {
                text.block(c);
            } else {
                floatContent(c);
            }
        }
    }

    private boolean hasBlocks(Element e) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                String name = Dom.name(n);
                if (names.paragraphs().contains(name) || names.floats().contains(name) || name.equals(names.section())
                        || name.equals("list") || name.equals("list-item") || name.equals("caption")) {
                    return true;
                }
            }
        }
        return false;
    }
}
