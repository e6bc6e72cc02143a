package io.litmine.index.search;

/**
 * A user query that cannot be parsed; the message is one line, fit to show the user: a long query is
 * quoted by its first {@value #QUOTED} characters (a 7 KB query must not come back whole in an error).
 */
public class QuerySyntaxException extends Exception {

    static final int QUOTED = 80;

    private final String query;

    public QuerySyntaxException(String query, String reason, Throwable cause) {
        super("cannot parse query '" + quoted(query) + "': " + reason, cause);
        this.query = query;
    }

    private static String quoted(String query) {
        String one = query == null ? "" : query.replaceAll("\\s+", " ");
        return one.length() <= QUOTED ? one : one.substring(0, QUOTED) + "… (" + one.length() + " characters)";
    }

    public String query() {
        return query;
    }
}
