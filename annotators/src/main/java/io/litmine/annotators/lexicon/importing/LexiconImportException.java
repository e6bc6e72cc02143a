package io.litmine.annotators.lexicon.importing;

/** An input file of {@code litmine lexicon import} is missing, of the wrong kind or malformed. */
public class LexiconImportException extends Exception {
    public LexiconImportException(String message) {
        super(message);
    }

    public LexiconImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
