package io.litmine.corpus.extract;

/**
 * A file could not be turned into a {@link io.litmine.corpus.model.Paper}. The message is one line
 * meant for a user ("empty file", "not a readable PDF: ..."); the technical cause stays attached so
 * callers can log it. Checked, because every caller (CLI, Beam dead-letter output) must decide what
 * to do with a bad input rather than crash the batch.
 */
public class ExtractionException extends Exception {

    private static final long serialVersionUID = 1L;
    private static final int MAX_MESSAGE = 200;

    public ExtractionException(String message) {
        super(oneLine(message));
    }

    public ExtractionException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    /** Collapses any message to a single, bounded line: users see it on stderr and in failures.jsonl. */
    static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "unknown error";
        }
        String line = message.replaceAll("\\s+", " ").strip();
        return line.length() <= MAX_MESSAGE ? line : line.substring(0, MAX_MESSAGE - 1) + "…";
    }
}
