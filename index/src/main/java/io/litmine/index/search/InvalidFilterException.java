package io.litmine.index.search;

/** A search filter that names no filter, or a value the filter does not take; the message says which and why. */
public final class InvalidFilterException extends Exception {
    public InvalidFilterException(String message) {
        super(message);
    }
}
