package io.litmine.index.http;

/** A request the client got wrong: answered 400 with {@code {"error": message}}. */
final class BadRequestException extends Exception {
    BadRequestException(String message) {
        super(message);
    }

    BadRequestException(String message, Throwable cause) {
        super(message, cause);
    }
}
