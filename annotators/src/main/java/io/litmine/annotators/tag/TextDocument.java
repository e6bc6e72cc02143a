package io.litmine.annotators.tag;

import java.util.Objects;

/**
 * One text to tag: an id and the text whose offsets the mentions refer to. A PubTator document's
 * text is {@code title + " " + abstract} (the PubTator convention); {@code title} and
 * {@code abstractText} are kept so the writer can echo them, and are null for {@code lines} input.
 */
public record TextDocument(String id, String title, String abstractText, String text) {
    public TextDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    public static TextDocument line(String id, String text) {
        return new TextDocument(id, null, null, text);
    }

    public static TextDocument pubtator(String id, String title, String abstractText) {
        String t = title == null ? "" : title;
        String a = abstractText == null ? "" : abstractText;
        return new TextDocument(id, t, a, t + " " + a);
    }

    public boolean isPubtator() {
        return title != null;
    }
}
