package io.litmine.corpus.xml;

import io.litmine.corpus.model.MarkedCallout;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Turns a run of callout elements into one {@link MarkedCallout}. A run is one callout, or several
 * printed as one: joined only by dashes ({@code [2]–[4]}), which names every reference between the two
 * ends as well, by list position, as publishers' own renderings (and GROBID's evaluation) read it; or
 * directly adjacent, as in {@code [<xref>11</xref><xref/><xref/>-<xref>14</xref>]} where the hidden
 * middle elements still name references.
 */
final class CalloutWriter {

    private static final String DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212";

    private CalloutWriter() {
    }

    /** Whether {@code node} is text made of dashes only (after trimming), the joint of a range. */
    static boolean isDashJoint(Node node) {
        if (node == null || node.getNodeType() != Node.TEXT_NODE) {
            return false;
        }
        String s = node.getNodeValue().strip();
        return !s.isEmpty() && s.chars().allMatch(c -> DASHES.indexOf(c) >= 0);
    }

    /** {@code dashBefore.get(k)}: a dash joins element k to the one before, so the positions between are named too. */
    static MarkedCallout callout(String text, int start, int end, List<Element> run, List<Boolean> dashBefore,
            CalloutMarkup markup) {
        List<String> labels = new ArrayList<>();
        List<Integer> resolved = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();
        List<Integer> previous = List.of();
        for (int k = 0; k < run.size(); k++) {
            Element e = run.get(k);
            List<Integer> here = new ArrayList<>();
            for (String id : markup.ids(e)) {
                Integer position = markup.positions().get(id);
                if (position != null) {
                    here.add(position);
                }
            }
            if (dashBefore.get(k) && !previous.isEmpty() && !here.isEmpty()) {
                for (int p = previous.get(previous.size() - 1) + 1; p < here.get(0); p++) {
                    labels.add(markup.label(p));
                    resolved.add(p);
                }
            }
            for (String id : markup.ids(e)) {
                Integer position = markup.positions().get(id);
                if (position == null) {
                    labels.add(id);
                    unresolved.add(id);
                } else {
                    labels.add(markup.label(position));
                    resolved.add(position);
                }
            }
            previous = here;
        }
        return new MarkedCallout(text.substring(start, end), start, end, labels, resolved, unresolved);
    }
}
