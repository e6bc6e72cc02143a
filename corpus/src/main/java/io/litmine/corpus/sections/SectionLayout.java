package io.litmine.corpus.sections;

import io.litmine.corpus.model.Section;
import java.util.List;

/** The sections found in a cleaned text, and where the body ends and the reference list starts. */
public record SectionLayout(List<Section> sections, int bodyEnd) {
    public SectionLayout {
        sections = List.copyOf(sections);
        if (bodyEnd < 0) {
            throw new IllegalArgumentException("bodyEnd must not be negative, got " + bodyEnd);
        }
    }
}
