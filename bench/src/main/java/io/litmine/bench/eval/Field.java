package io.litmine.bench.eval;

/** The reference fields scored against publisher XML (issue is not tagged consistently there, so not scored). */
public enum Field {
    FIRST_AUTHOR, TITLE, CONTAINER, YEAR, VOLUME, PAGES
}
