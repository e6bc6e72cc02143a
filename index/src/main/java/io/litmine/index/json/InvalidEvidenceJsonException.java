package io.litmine.index.json;

/** JSON that does not describe a valid model record (malformed, or failing a record's validation). */
public class InvalidEvidenceJsonException extends RuntimeException {
    public InvalidEvidenceJsonException(String message, Throwable cause) {
        super(message, cause);
    }
}
