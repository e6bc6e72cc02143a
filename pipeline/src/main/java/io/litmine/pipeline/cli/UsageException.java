package io.litmine.pipeline.cli;

/** A request the command cannot carry out as given; the message is one line for the user. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}
