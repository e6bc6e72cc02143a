package io.litmine.bench.eval;

/** Missing or malformed scorer input (gold, scope, export or lexicon file): score_claims.py's InputError. */
public class ClaimInputException extends Exception {

    public ClaimInputException(String message) {
        super(message);
    }

    public ClaimInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
