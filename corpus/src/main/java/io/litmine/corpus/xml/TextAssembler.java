package io.litmine.corpus.xml;

import io.litmine.corpus.extract.CharNormaliser;
import io.litmine.corpus.model.MarkedCallout;
import io.litmine.corpus.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Builds a paper's cleaned text from markup, one block (title, heading, paragraph) per paragraph
 * separated by a blank line (the sentence splitter's paragraph break), and records the sections and
 * the callouts with their offsets in that text as it goes. Inside a block, whitespace runs become one
 * space and inline markup is flattened ({@code p27<sup>Kip1</sup>} → {@code p27Kip1}).
 */
final class TextAssembler {

    /** Elements whose text would duplicate or pollute the prose: formula sources, ids, graphics. */
    private static final String[] SILENT = {"tex-math", "object-id", "graphic", "inline-graphic", "media", "annotation"};
    /** Block-like elements nested in a paragraph: a space keeps their words apart. */
    private static final String[] SPACED = {"list-item", "p", "td", "th", "tr", "title", "label", "caption",
        "disp-formula", "def", "term", "break", "fn", "entry", "st"};

    private final StringBuilder text = new StringBuilder();
    private final List<Section> sections = new ArrayList<>();
    private final List<MarkedCallout> callouts = new ArrayList<>();
    private final CalloutMarkup markup;
    private final Predicate<Node> deferred;
    private final Consumer<Element> onDeferred;
    private String heading;
    private int sectionStart;

    /**
     * @param deferred   elements kept out of the running text (figures, tables), handed to {@code onDeferred}
     *                   so the reader can write them later as sections of their own
     */
    TextAssembler(CalloutMarkup markup, Predicate<Node> deferred, Consumer<Element> onDeferred) {
        this.markup = markup;
        this.deferred = deferred;
        this.onDeferred = onDeferred;
    }

    /** Ends the current section (if any) and starts one titled {@code title}. */
    void section(String title) {
        endSection();
        heading = title;
        sectionStart = text.length() == 0 ? 0 : text.length() + 2;
    }

    void endSection() {
        if (heading != null && text.length() > sectionStart) {
            sections.add(new Section(heading, sectionStart, text.length()));
        }
        heading = null;
    }

    /** Appends plain text as one block. */
    void block(String plain) {
        int mark = open();
        append(plain);
        close(mark);
    }

    /** Appends an element's inline content (callouts included) as one block. */
    void block(Element element) {
        int mark = open();
        inline(element);
        close(mark);
    }

    int length() {
        return text.length();
    }

    String text() {
        return text.toString();
    }

    List<Section> sections() {
        return List.copyOf(sections);
    }

    List<MarkedCallout> callouts() {
        return List.copyOf(callouts);
    }

    private int open() {
        int mark = text.length();
        if (mark > 0) {
            text.append("\n\n");
        }
        return mark;
    }

    private void close(int mark) {
        while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
            text.setLength(text.length() - 1);
        }
        if (text.length() <= mark + 2 && text.toString().substring(mark).isBlank()) {
            text.setLength(mark); // an empty block leaves no separator behind
        }
    }

    private void inline(Node parent) {
        List<Node> kids = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            kids.add(n);
        }
        for (int i = 0; i < kids.size(); i++) {
            Node n = kids.get(i);
            if (markup.isCallout(n)) {
                i = calloutRun(kids, i);
            } else if (markup.isGroup(n)) {
                calloutGroup((Element) n);
            } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                append(n.getNodeValue());
            } else if (n.getNodeType() == Node.ELEMENT_NODE) {
                element((Element) n);
            }
        }
    }

    private void element(Element e) {
        if (deferred.test(e)) {
            onDeferred.accept(e);
        } else if (!Dom.is(e, SILENT)) {
            boolean spaced = Dom.is(e, SPACED);
            if (spaced) {
                append(" ");
            }
            inline(e);
            if (spaced) {
                append(" ");
            }
        }
    }

    /** Writes the callout at {@code kids[i]} and the ones printed with it; returns the last index used. */
    private int calloutRun(List<Node> kids, int i) {
        List<Element> run = new ArrayList<>();
        List<Boolean> dashBefore = new ArrayList<>();
        run.add((Element) kids.get(i));
        dashBefore.add(false);
        int last = i;
        while (true) {
            if (last + 1 < kids.size() && markup.isCallout(kids.get(last + 1))) {
                run.add((Element) kids.get(last + 1));
                dashBefore.add(false);
                last += 1;
            } else if (last + 2 < kids.size() && CalloutWriter.isDashJoint(kids.get(last + 1)) && markup.isCallout(kids.get(last + 2))) {
                run.add((Element) kids.get(last + 2));
                dashBefore.add(true);
                last += 2;
            } else {
                break;
            }
        }
        int start = text.length();
        for (int k = i; k <= last; k++) {
            Node n = kids.get(k);
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                inline(n);
            } else {
                append(n.getNodeValue());
            }
        }
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        if (start == end) {
            // Nothing printed, but the markup still names references: keep them, with an empty marker.
            callouts.add(CalloutWriter.callout(text.toString(), start, end, run, dashBefore, markup));
            return last;
        }
        // "[<xref>46</xref>]": the brackets are printed outside the element but belong to the marker.
        Node after = last + 1 < kids.size() ? kids.get(last + 1) : null;
        char open = start > 0 ? text.charAt(start - 1) : 0;
        if (after != null && after.getNodeType() == Node.TEXT_NODE && end == text.length()
                && (open == '[' && after.getNodeValue().startsWith("]") || open == '(' && after.getNodeValue().startsWith(")"))) {
            append(after.getNodeValue().substring(0, 1));
            callouts.add(CalloutWriter.callout(text.toString(), start - 1, end + 1, run, dashBefore, markup));
            after.setNodeValue(after.getNodeValue().substring(1));
        } else {
            callouts.add(CalloutWriter.callout(text.toString(), start, end, run, dashBefore, markup));
        }
        return last;
    }

    /** BMC's {@code <abbrgrp>}: its callouts print as one bracket, "[1,2]", which is one callout. */
    private void calloutGroup(Element group) {
        List<Element> members = new ArrayList<>();
        for (Node n = group.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (markup.isCallout(n)) {
                members.add((Element) n);
            }
        }
        if (members.isEmpty()) {
            inline(group);
            return;
        }
        if (text.length() > 0 && text.charAt(text.length() - 1) != ' ' && text.charAt(text.length() - 1) != '\n') {
            text.append(' ');
        }
        int start = text.length();
        text.append('[');
        for (int k = 0; k < members.size(); k++) {
            text.append(k == 0 ? "" : ",").append(Dom.text(members.get(k)));
        }
        text.append(']');
        callouts.add(CalloutWriter.callout(text.toString(), start, text.length(), members,
                java.util.Collections.nCopies(members.size(), false), markup));
    }

    /** Appends text with whitespace runs collapsed to one space, none at the start of a block. */
    private void append(String raw) {
        String s = CharNormaliser.normalise(raw);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                int len = text.length();
                if (len > 0 && text.charAt(len - 1) != ' ' && text.charAt(len - 1) != '\n') {
                    text.append(' ');
                }
            } else {
                text.append(c);
            }
        }
    }
}
