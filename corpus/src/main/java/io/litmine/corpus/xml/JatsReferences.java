package io.litmine.corpus.xml;

import io.litmine.corpus.model.Reference;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * JATS {@code <ref>} entries, in document order, with {@code element-citation},
 * {@code mixed-citation} (and NLM 2.x {@code nlm-citation}/{@code citation}) read field by field.
 */
final class JatsReferences {

    private static final String[] CITATIONS = {"element-citation", "mixed-citation", "nlm-citation", "citation"};

    private JatsReferences() {
    }

    static ReferenceList read(Element article) {
        List<Reference> refs = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Element ref : Dom.descendants(article, "ref")) {
            int position = refs.size() + 1;
            Element cit = Dom.first(ref, CITATIONS);
            if (cit == null) {
                cit = ref;
            }
            String label = ReferenceList.label(Dom.text(Dom.child(ref, "label")), position);
            String raw = Dom.is(cit, "mixed-citation") ? Dom.text(cit) : Dom.spacedText(cit);
            String title = Dom.text(Dom.first(cit, "article-title"));
            if (title.isEmpty()) {
                title = Dom.text(Dom.first(cit, "chapter-title"));
            }
            refs.add(new Reference(label, position, raw.isEmpty() ? label : raw, authors(cit),
                    ReferenceList.orNull(title),
                    ReferenceList.orNull(Dom.text(Dom.first(cit, "source"))),
                    ReferenceList.year(Dom.text(Dom.first(cit, "year"))),
                    ReferenceList.orNull(Dom.text(Dom.first(cit, "volume"))),
                    ReferenceList.orNull(Dom.text(Dom.first(cit, "issue"))),
                    ReferenceList.pages(Dom.text(Dom.first(cit, "fpage")), Dom.text(Dom.first(cit, "lpage"))),
                    ReferenceList.orNull(pubId(cit, "doi")),
                    ReferenceList.orNull(pubId(cit, "pmid"))));
            ids.add(ref.getAttribute("id"));
        }
        return new ReferenceList(refs, ids);
    }

    /** The authors' person-group (an untyped group counts as authors); editors are not authors. */
    private static List<String> authors(Element cit) {
        Element scope = cit;
        for (Element group : Dom.descendants(cit, "person-group")) {
            String type = group.getAttribute("person-group-type");
            if (type.isEmpty() || type.equals("author")) {
                scope = group;
                break;
            }
        }
        List<String> out = new ArrayList<>();
        for (Element name : Dom.descendants(scope, "name", "string-name", "collab")) {
            if (Dom.is(name, "name")) {
                String surname = Dom.text(Dom.child(name, "surname"));
                String initials = ReferenceList.initials(Dom.text(Dom.child(name, "given-names")));
                out.add(initials.isEmpty() ? surname : surname + " " + initials);
            } else {
                out.add(Dom.text(name));
            }
        }
        out.removeIf(String::isBlank);
        return out;
    }

    private static String pubId(Element cit, String type) {
        for (Element id : Dom.descendants(cit, "pub-id")) {
            if (id.getAttribute("pub-id-type").equalsIgnoreCase(type)) {
                return Dom.text(id);
            }
        }
        return "";
    }
}
