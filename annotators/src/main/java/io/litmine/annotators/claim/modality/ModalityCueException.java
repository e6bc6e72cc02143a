package io.litmine.annotators.claim.modality;

/** A cue resource is missing or malformed; the message names the resource and line. */
public class ModalityCueException extends RuntimeException {
    public ModalityCueException(String message) {
        super(message);
    }

    public ModalityCueException(String message, Throwable cause) {
        super(message, cause);
    }
}
