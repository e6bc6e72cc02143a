package io.litmine.corpus.sections;

import io.litmine.corpus.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the headings of a cleaned text (paragraphs separated by blank lines) and cuts it into
 * sections, each spanning from its heading to the next heading. Text before the first heading (title,
 * authors) becomes "Front"; a text without any heading is one "Body" section. Nothing after the
 * reference-list heading is taken as a heading: numbered references look like numbered headings.
 */
public final class SectionSplitter {

    public static final String FRONT = "Front";
    public static final String BODY = "Body";
    private static final Pattern PARAGRAPH = Pattern.compile("[^\\n]+(?:\\n[^\\n]+)*");

    public SectionLayout split(String text) {
        List<Integer> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int bodyEnd = text.length();
        Matcher m = PARAGRAPH.matcher(text);
        while (m.find()) {
            String paragraph = m.group();
            if (!HeadingRules.isHeading(paragraph)) {
                continue;
            }
            starts.add(m.start());
            names.add(HeadingRules.headingText(paragraph));
            if (HeadingRules.isReferencesHeading(paragraph)) {
                bodyEnd = m.start();
                break;
            }
        }
        return new SectionLayout(sections(text, starts, names), bodyEnd);
    }

    private static List<Section> sections(String text, List<Integer> starts, List<String> names) {
        List<Section> sections = new ArrayList<>();
        if (starts.isEmpty()) {
            sections.add(new Section(BODY, 0, text.length()));
            return sections;
        }
        // Sections tile the text without gaps, so every offset has a section (Paper.sectionAt).
        if (!text.substring(0, starts.get(0)).isBlank()) {
            sections.add(new Section(FRONT, 0, starts.get(0)));
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
            sections.add(new Section(names.get(i), starts.get(i), end));
        }
        return sections;
    }
}
