package io.litmine.pipeline.ingest;

/** An ingest that cannot start or finish; the message is one line for the user, the cause is logged. */
public class IngestException extends Exception {
    public IngestException(String message) {
        super(message);
    }

    public IngestException(String message, Throwable cause) {
        super(message, cause);
    }
}
