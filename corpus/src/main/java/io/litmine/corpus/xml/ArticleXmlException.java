package io.litmine.corpus.xml;

/** Publisher XML that cannot be read safely or at all; the message is one line meant for a user. */
public class ArticleXmlException extends Exception {

    private static final long serialVersionUID = 1L;

    public ArticleXmlException(String message) {
        super(message);
    }

    public ArticleXmlException(String message, Throwable cause) {
        super(message, cause);
    }
}
