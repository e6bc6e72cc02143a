package io.litmine.corpus.xml;

import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * How a dialect marks a bibliographic callout ({@code <xref ref-type="bibr" rid>} in JATS,
 * {@code <abbr bid>} in BMC art) and where its targets sit: {@code positions} maps a reference's id
 * to its 1-based position in the reference list, {@code labels} holds each position's printed label.
 * {@code groupElement} (BMC {@code abbrgrp}, null in JATS) wraps callouts printed as one bracket.
 */
record CalloutMarkup(String element, String typeAttribute, String typeValue, String idAttribute,
        String groupElement, Map<String, Integer> positions, List<String> labels) {

    CalloutMarkup {
        positions = Map.copyOf(positions);
        labels = List.copyOf(labels);
    }

    boolean isCallout(Node node) {
        if (!Dom.is(node, element)) {
            return false;
        }
        Element e = (Element) node;
        return !e.getAttribute(idAttribute).isBlank()
                && (typeAttribute == null || typeValue.equals(e.getAttribute(typeAttribute)));
    }

    boolean isGroup(Node node) {
        return groupElement != null && Dom.is(node, groupElement);
    }

    List<String> ids(Element callout) {
        return List.of(callout.getAttribute(idAttribute).strip().split("\\s+"));
    }

    String label(int position) {
        return labels.get(position - 1);
    }
}
