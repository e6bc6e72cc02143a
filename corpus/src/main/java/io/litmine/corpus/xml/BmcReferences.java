package io.litmine.corpus.xml;

import io.litmine.corpus.model.Reference;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/** BMC art {@code <refgrp><bibl id>} entries: numbered by position, as BMC prints them. */
final class BmcReferences {

    private BmcReferences() {
    }

    static ReferenceList read(Element art) {
        List<Reference> refs = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Element group : Dom.descendants(art, "refgrp")) {
            for (Element bibl : Dom.children(group, "bibl")) {
                int position = refs.size() + 1;
                String raw = Dom.spacedText(bibl);
                refs.add(new Reference(Integer.toString(position), position, raw.isEmpty() ? "-" : raw,
                        authors(bibl),
                        ReferenceList.orNull(Dom.text(Dom.first(bibl, "title"))),
                        ReferenceList.orNull(Dom.text(Dom.first(bibl, "source"))),
                        ReferenceList.year(Dom.text(Dom.first(bibl, "pubdate"))),
                        ReferenceList.orNull(Dom.text(Dom.first(bibl, "volume"))),
                        ReferenceList.orNull(Dom.text(Dom.first(bibl, "issue"))),
                        ReferenceList.pages(Dom.text(Dom.first(bibl, "fpage")), Dom.text(Dom.first(bibl, "lpage"))),
                        ReferenceList.orNull(pubId(bibl, "doi")),
                        ReferenceList.orNull(pubId(bibl, "pmpid"))));
                ids.add(bibl.getAttribute("id"));
            }
        }
        return new ReferenceList(refs, ids);
    }

    static List<String> authors(Element bibl) {
        List<String> out = new ArrayList<>();
        Element aug = Dom.first(bibl, "aug");
        if (aug == null) {
            return out;
        }
        for (Element au : Dom.descendants(aug, "au", "cnm")) {
            if (Dom.is(au, "cnm")) {
                out.add(Dom.text(au));
                continue;
            }
            String surname = Dom.text(Dom.first(au, "snm"));
            String cnm = Dom.text(Dom.first(au, "cnm"));
            String initials = ReferenceList.initials(Dom.text(Dom.first(au, "fnm")));
            String name = surname.isEmpty() ? cnm : initials.isEmpty() ? surname : surname + " " + initials;
            if (!name.isBlank()) {
                out.add(name);
            }
        }
        return out;
    }

    private static String pubId(Element bibl, String type) {
        for (Element id : Dom.descendants(bibl, "pubid")) {
            if (id.getAttribute("idtype").equalsIgnoreCase(type)) {
                return Dom.text(id);
            }
        }
        return "";
    }
}
