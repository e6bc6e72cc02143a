package io.litmine.index.search;

/** A user query that cannot be parsed; the message is one line, fit to show the user. */
public class QuerySyntaxException extends Exception {

    private final String query;

    public QuerySyntaxException(String query, String reason, Throwable cause) {
        super("cannot parse query '" + query + "': " + reason, cause);
        this.query = query;
    }

    public String query() {
        return query;
    }
}
