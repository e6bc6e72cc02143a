package io.litmine.bench.eval;

/** The fields of one gold reference the publisher's XML tags ("" when absent). */
public record GoldReference(String firstAuthor, String title, String container, String year, String volume, String pages) {

    String get(Field field) {
        return switch (field) {
            case FIRST_AUTHOR -> firstAuthor;
            case TITLE -> title;
            case CONTAINER -> container;
            case YEAR -> year;
            case VOLUME -> volume;
            case PAGES -> pages;
        };
    }

    boolean untagged() {
        for (Field f : Field.values()) {
            if (!get(f).isBlank()) {
                return false;
            }
        }
        return true;
    }
}
