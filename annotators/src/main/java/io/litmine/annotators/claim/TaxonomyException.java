package io.litmine.annotators.claim;

/**
 * A mechanism taxonomy or evidence-cue file is missing, unreadable or malformed; the message
 * ({@code file:line: reason}) is for the user. Unchecked like {@code LexiconException}: it also
 * escapes annotator constructors.
 */
public class TaxonomyException extends RuntimeException {

    public TaxonomyException(String message) {
        super(message);
    }

    public TaxonomyException(String message, Throwable cause) {
        super(message, cause);
    }

    static TaxonomyException at(String source, int line, String reason) {
        return new TaxonomyException(source + ":" + line + ": " + reason);
    }
}
