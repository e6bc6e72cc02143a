package io.litmine.pipeline.beam;

import java.io.Serializable;
import java.util.Objects;

/** A file the pipeline could not process: where it came from, at which stage, and why (one line). */
public record Failure(String source, Stage stage, String reason) implements Serializable {

    /** The pipeline stage a failure happened in. */
    public enum Stage { READ, EXTRACT, ANNOTATE }

    public Failure {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(stage, "stage");
        reason = oneLineOf(reason);
    }

    /** A reason for a user: one line, never empty; a stack trace belongs in the log. */
    public static String oneLineOf(String reason) {
        if (reason == null || reason.isBlank()) {
            return "unknown error";
        }
        String line = reason.strip().lines().findFirst().orElse("").strip();
        return line.length() > 500 ? line.substring(0, 500) + "…" : line;
    }

    /** The reason for an unexpected exception: its type, for a developer, and its message. */
    static String describe(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
