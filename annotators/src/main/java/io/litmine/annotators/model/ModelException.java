package io.litmine.annotators.model;

/**
 * A training file is malformed, or a model cannot be read or written; the message (file, line,
 * reason) is for the user. Unchecked like {@code LexiconException}: it also escapes annotator constructors.
 */
public class ModelException extends RuntimeException {
    public ModelException(String message) {
        super(message);
    }

    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
