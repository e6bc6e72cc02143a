package io.litmine.index.search;

import io.litmine.corpus.model.CitationCheck;
import io.litmine.index.schema.EvidenceAnalyzer;
import io.litmine.index.schema.Fields;
import java.io.Closeable;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns the user's query string into a Lucene query over claim documents. Thread-safe: a parser
 * (which is not) is made per call, the analyser (which is) is shared.
 */
final class ClaimQueries implements Closeable {

    /** An unescaped slash; the classic syntax would read it as the start of a regular expression. */
    private static final Pattern BARE_SLASH = Pattern.compile("(?<!\\\\)/");

    private static final Query CLAIM_DOCS = new TermQuery(new Term(Fields.TYPE, Fields.TYPE_CLAIM));

    private final Analyzer analyzer;

    ClaimQueries(Analyzer queryAnalyzer) {
        this.analyzer = queryAnalyzer;
    }

    static ClaimQueries create() {
        return new ClaimQueries(EvidenceAnalyzer.forQuerying());
    }

    /**
     * The text part of the query, parsed with the classic syntax over {@link Fields#TEXT}, default
     * operator OR; {@code null} for a blank query (every claim). A slash is taken literally, so
     * {@code PI3K/Akt} needs no quoting: regular-expression queries are of no use on evidence text
     * and the slash is everywhere in gene names.
     */
    Query parseText(String query) throws QuerySyntaxException {
        if (query == null || query.isBlank()) {
            return null;
        }
        String escaped = BARE_SLASH.matcher(query).replaceAll("\\\\/");
        QueryParser parser = new QueryParser(Fields.TEXT, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.OR);
        try {
            return parser.parse(escaped);
        } catch (ParseException e) {
            throw new QuerySyntaxException(query, reason(e, escaped), e);
        }
    }

    /** {@code text} restricted to claim documents ({@code null} text: all claims). */
    static Query claims(Query text) {
        if (text == null) {
            return new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST).add(CLAIM_DOCS, Occur.FILTER).build();
        }
        return new BooleanQuery.Builder().add(text, Occur.MUST).add(CLAIM_DOCS, Occur.FILTER).build();
    }

    /** {@code query} further restricted to claims with this citation check (null: unchanged). */
    static Query withCitationCheck(Query query, CitationCheck check) {
        if (check == null) {
            return query;
        }
        return new BooleanQuery.Builder().add(query, Occur.MUST)
                .add(new TermQuery(new Term(Fields.CITATION_CHECK, check.label())), Occur.FILTER).build();
    }

    /** The parser's first line, without its own "Cannot parse '…': " prefix (our message has one). */
    private static String reason(ParseException e, String parsed) {
        String message = e.getMessage() == null ? "syntax error" : e.getMessage();
        String prefix = "Cannot parse '" + parsed + "': ";
        if (message.startsWith(prefix)) {
            message = message.substring(prefix.length());
        }
        String firstLine = message.lines().findFirst().orElse("syntax error").strip();
        return firstLine.isEmpty() ? "syntax error" : firstLine;
    }

    @Override
    public void close() {
        analyzer.close();
    }
}
