package io.litmine.annotators.gene.model;

/**
 * A training file is malformed, or a model cannot be read or written; the message (file, line,
 * reason) is for the user. Unchecked like {@code LexiconException}: it also escapes annotator constructors.
 */
public class GeneModelException extends RuntimeException {
    public GeneModelException(String message) {
        super(message);
    }

    public GeneModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
