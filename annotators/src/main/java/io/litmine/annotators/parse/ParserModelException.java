package io.litmine.annotators.parse;

/**
 * A dependency-parser model cannot be used: not an English UD model, or CoreNLP's parser classes do
 * not have the shape {@link CoreNlpParserParts} reads (another CoreNLP version). Unchecked: it escapes
 * annotator constructors, as CoreNLP's own model errors do.
 */
public class ParserModelException extends RuntimeException {

    public ParserModelException(String message) {
        super(message);
    }

    public ParserModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
