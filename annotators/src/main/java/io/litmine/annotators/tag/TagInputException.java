package io.litmine.annotators.tag;

/** Input to the tagger that is not in the announced format; the message names the line. */
public class TagInputException extends RuntimeException {
    public TagInputException(String message) {
        super(message);
    }
}
