package io.litmine.bench.eval;

import io.litmine.corpus.xml.ArticleXmlException;
import io.litmine.corpus.xml.SecureXml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads the gold from JATS ({@code <ref>}, {@code <xref ref-type="bibr" rid>}) or BMC art
 * ({@code <refgrp><bibl id>}, {@code <abbr bid>}) XML, independently of litmine's own reader and by
 * the reference scorers' rules: every callout element counts, and two callouts joined only by a dash
 * also name the positions between them.
 */
public final class XmlGoldParser {

    private static final String DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212";
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private XmlGoldParser() {
    }

    public static XmlGold parse(Path file) throws IOException, ArticleXmlException {
        Element root = SecureXml.parse(Files.readAllBytes(file)).getDocumentElement();
        boolean bmc = local(root).equals("art");
        List<Element> refEls = new ArrayList<>();
        List<GoldReference> refs = new ArrayList<>();
        for (Element e : all(root)) {
            if (bmc && local(e).equals("refgrp")) {
                for (Node k = e.getFirstChild(); k != null; k = k.getNextSibling()) {
                    if (k instanceof Element b && local(b).equals("bibl")) {
                        refEls.add(b);
                        refs.add(bmcFields(b));
                    }
                }
            } else if (!bmc && local(e).equals("ref")) {
                refEls.add(e);
                refs.add(jatsFields(e));
            }
        }
        Map<String, Integer> pos = new HashMap<>();
        for (int i = 0; i < refEls.size(); i++) {
            String id = refEls.get(i).getAttribute("id");
            if (!id.isEmpty()) {
                pos.put(id, i + 1); // as a Python dict built in order: the last duplicate wins
            }
        }
        Predicate<Node> isCallout = bmc
                ? n -> n instanceof Element e && local(e).equals("abbr") && !e.getAttribute("bid").isEmpty()
                : n -> n instanceof Element e && local(e).equals("xref") && e.getAttribute("ref-type").equals("bibr");
        String idAttr = bmc ? "bid" : "rid";
        Map<Integer, Integer> positions = new HashMap<>();
        int callouts = 0;
        int unknown = 0;
        for (Element parent : all(root)) {
            List<Element> kids = elementChildren(parent);
            for (int k = 0; k < kids.size(); k++) {
                Element el = kids.get(k);
                if (!isCallout.test(el)) {
                    continue;
                }
                callouts++;
                List<Integer> here = new ArrayList<>();
                for (String rid : ids(el, idAttr)) {
                    Integer p = pos.get(rid);
                    if (p == null) {
                        unknown++;
                    } else {
                        here.add(p);
                        positions.merge(p, 1, Integer::sum);
                    }
                }
                Element next = k + 1 < kids.size() ? kids.get(k + 1) : null;
                String sep = tail(el).strip();
                if (next != null && isCallout.test(next) && !sep.isEmpty() && sep.chars().allMatch(c -> DASHES.indexOf(c) >= 0)) {
                    List<Integer> there = new ArrayList<>();
                    ids(next, idAttr).stream().map(pos::get).filter(java.util.Objects::nonNull).forEach(there::add);
                    if (!here.isEmpty() && !there.isEmpty() && there.get(0) - here.get(here.size() - 1) > 1) {
                        for (int p = here.get(here.size() - 1) + 1; p < there.get(0); p++) {
                            positions.merge(p, 1, Integer::sum);
                        }
                    }
                }
            }
        }
        return new XmlGold(refs, positions, callouts, unknown);
    }

    private static GoldReference jatsFields(Element ref) {
        Element cit = first(ref, "element-citation", "mixed-citation", "citation", "nlm-citation");
        if (cit == null) {
            cit = ref;
        }
        Element scope = cit;
        for (Element g : all(cit)) {
            if (local(g).equals("person-group")
                    && (g.getAttribute("person-group-type").isEmpty() || g.getAttribute("person-group-type").equals("author"))) {
                scope = g;
                break;
            }
        }
        String author = text(first(scope, "surname"));
        return new GoldReference(author.isEmpty() ? text(first(scope, "collab")) : author,
                text(first(cit, "article-title")), text(first(cit, "source")), year(text(first(cit, "year"))),
                text(first(cit, "volume")), text(first(cit, "fpage")));
    }

    private static GoldReference bmcFields(Element bibl) {
        String author = text(first(bibl, "snm"));
        return new GoldReference(author.isEmpty() ? text(first(bibl, "cnm")) : author,
                text(first(bibl, "title")), text(first(bibl, "source")), year(text(first(bibl, "pubdate"))),
                text(first(bibl, "volume")), text(first(bibl, "fpage")));
    }

    private static String year(String s) {
        Matcher m = YEAR.matcher(s);
        return m.find() ? m.group() : "";
    }

    private static List<String> ids(Element e, String attr) {
        String v = e.getAttribute(attr).strip();
        return v.isEmpty() ? List.of() : List.of(v.split("\\s+"));
    }

    /** The text right after an element up to the next element (ElementTree's "tail"). */
    private static String tail(Element e) {
        StringBuilder out = new StringBuilder();
        for (Node n = e.getNextSibling(); n != null && !(n instanceof Element); n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.append(n.getNodeValue());
            }
        }
        return out.toString();
    }

    /** The element and its descendants in document order (ElementTree's {@code iter()}). */
    private static List<Element> all(Element root) {
        List<Element> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Element e, List<Element> out) {
        out.add(e);
        for (Element k : elementChildren(e)) {
            collect(k, out);
        }
    }

    private static List<Element> elementChildren(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element k) {
                out.add(k);
            }
        }
        return out;
    }

    private static Element first(Element root, String... names) {
        for (Element e : all(root)) {
            for (String name : names) {
                if (local(e).equals(name)) {
                    return e;
                }
            }
        }
        return null;
    }

    private static String text(Element e) {
        return e == null ? "" : e.getTextContent().replaceAll("\\s+", " ").strip();
    }

    private static String local(Element e) {
        String n = e.getNodeName();
        return n.substring(n.indexOf(':') + 1);
    }
}
