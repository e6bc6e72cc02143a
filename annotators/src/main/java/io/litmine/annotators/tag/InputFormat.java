package io.litmine.annotators.tag;

/** What {@code litmine tag} reads: PubTator title/abstract records, or {@code ID<TAB>text} lines. */
public enum InputFormat {
    PUBTATOR,
    LINES
}
