package io.litmine.corpus.xml;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The few DOM look-ups the article readers need, by local name so prefixed tags ({@code mml:math}) match. */
final class Dom {

    private Dom() {
    }

    static String name(Node node) {
        String n = node.getNodeName();
        return n.substring(n.indexOf(':') + 1);
    }

    static boolean is(Node node, String... names) {
        if (node.getNodeType() != Node.ELEMENT_NODE) {
            return false;
        }
        String n = name(node);
        for (String wanted : names) {
            if (n.equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    static List<Element> children(Element parent, String... names) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (is(n, names)) {
                out.add((Element) n);
            }
        }
        return out;
    }

    static Element child(Element parent, String... names) {
        List<Element> found = children(parent, names);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Descendants (document order) named one of {@code names}, not looking inside a match. */
    static List<Element> descendants(Element root, String... names) {
        List<Element> out = new ArrayList<>();
        collect(root, names, out);
        return out;
    }

    private static void collect(Element parent, String[] names, List<Element> out) {
        NodeList kids = parent.getChildNodes();
        for (int i = 0; i < kids.getLength(); i++) {
            Node n = kids.item(i);
            if (is(n, names)) {
                out.add((Element) n);
            } else if (n.getNodeType() == Node.ELEMENT_NODE) {
                collect((Element) n, names, out);
            }
        }
    }

    static Element first(Element root, String... names) {
        if (root == null) {
            return null;
        }
        List<Element> found = descendants(root, names);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Text content with whitespace runs collapsed; "" for a missing element. */
    static String text(Element e) {
        return e == null ? "" : e.getTextContent().replaceAll("\\s+", " ").strip();
    }

    /** Text content with a space between adjacent elements, for citation markup that has none. */
    static String spacedText(Element e) {
        StringBuilder out = new StringBuilder();
        spaced(e, out);
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private static void spaced(Node node, StringBuilder out) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.append(n.getNodeValue());
            } else if (n.getNodeType() == Node.ELEMENT_NODE) {
                // <surname>Slamon</surname><given-names>DJ</given-names>: adjacent elements are separate words.
                Node before = n.getPreviousSibling();
                if (before != null && before.getNodeType() == Node.ELEMENT_NODE) {
                    out.append(' ');
                }
                spaced(n, out);
            }
        }
    }
}
