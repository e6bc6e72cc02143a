package io.litmine.index.search;

import io.litmine.corpus.model.ArgumentState;
import io.litmine.corpus.model.CitationCheck;
import io.litmine.index.schema.EvidenceAnalyzer;
import io.litmine.index.schema.Fields;
import java.io.Closeable;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a search request into a Lucene query over claim documents: the user's query string and
 * the filters. Thread-safe: a parser (which is not) is made per call, the analyser (which is) is shared.
 */
final class ClaimQueries implements Closeable {

    /** An unescaped slash; the classic syntax would read it as the start of a regular expression. */
    private static final Pattern BARE_SLASH = Pattern.compile("(?<!\\\\)/");

    static final Query CLAIM_DOCS = new TermQuery(new Term(Fields.TYPE, Fields.TYPE_CLAIM));

    private final Analyzer analyzer;
    private final EntityResolver resolver;

    ClaimQueries(Analyzer queryAnalyzer, EntityResolver resolver) {
        this.analyzer = queryAnalyzer;
        this.resolver = resolver;
    }

    static ClaimQueries create(EntityResolver resolver) {
        return new ClaimQueries(EvidenceAnalyzer.forQuerying(), resolver);
    }

    /**
     * The text part of the query, parsed with the classic syntax over {@link Fields#TEXT} and the
     * fields of {@link QueryField}, default operator OR; {@code null} for a blank query (every
     * claim). A slash is taken literally, so {@code PI3K/Akt} needs no quoting: regular-expression
     * queries are of no use on evidence text and the slash is everywhere in gene names.
     */
    Query parseText(String query) throws QuerySyntaxException {
        if (query == null || query.isBlank()) {
            return null;
        }
        String escaped = BARE_SLASH.matcher(query).replaceAll("\\\\/");
        EvidenceQueryParser parser = new EvidenceQueryParser(analyzer, resolver);
        try {
            return parser.parse(escaped);
        } catch (ParseException e) {
            throw new QuerySyntaxException(query, reason(e, escaped), e);
        }
    }

    /** The request's filters as one query of FILTER clauses; {@code null} when there are none. */
    Query filters(SearchFilters filters) {
        return both(sentenceFilters(filters), claimFilters(filters));
    }

    /**
     * The filters that hold for a sentence as for each of its claims (genes, drugs, year, section): one
     * query of FILTER clauses, or {@code null} when there are none.
     */
    Query sentenceFilters(SearchFilters filters) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String gene : filters.genes()) {
            all.add(EvidenceQueryParser.entityQuery(resolver, QueryField.GENE, gene), Occur.FILTER);
        }
        for (String drug : filters.drugs()) {
            all.add(EvidenceQueryParser.entityQuery(resolver, QueryField.DRUG, drug), Occur.FILTER);
        }
        anyOf(all, Fields.YEAR, filters.years(), String::strip);
        anyOf(all, Fields.SECTION, filters.sections(), Function.identity());
        return orNull(all.build());
    }

    /**
     * The filters on what a claim says (mechanism, relations, states, evidence, flags, citation check):
     * one query of FILTER clauses for a single claim to pass, or {@code null} when there are none.
     */
    Query claimFilters(SearchFilters filters) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        anyOf(all, Fields.MECHANISM, filters.mechanisms(), Enum::name);
        anyOf(all, Fields.RELATION, filters.relations(), Enum::name);
        if (!filters.netRelations().isEmpty()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            filters.netRelations().forEach(r -> any.add(EvidenceQueryParser.netRelationQuery(r), Occur.SHOULD));
            all.add(any.build(), Occur.FILTER);
        }
        anyOf(all, Fields.STATE, filters.states(), ArgumentState::label);
        anyOf(all, Fields.EVIDENCE, filters.evidence(), e -> e.label());
        if (filters.hedged() != null) {
            all.add(new TermQuery(new Term(Fields.HEDGED, filters.hedged().toString())), Occur.FILTER);
        }
        anyOf(all, Fields.CITATION_CHECK, filters.citationChecks(), CitationCheck::label);
        if (filters.negated() != null) {
            all.add(new TermQuery(new Term(Fields.NEGATED, filters.negated().toString())), Occur.FILTER);
        }
        return orNull(all.build());
    }

    private static Query orNull(BooleanQuery query) {
        return query.clauses().isEmpty() ? null : query;
    }

    /** Both filters as one (either may be null; null when both are). */
    static Query both(Query a, Query b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return new BooleanQuery.Builder().add(a, Occur.FILTER).add(b, Occur.FILTER).build();
    }

    private static <T> void anyOf(BooleanQuery.Builder all, String field, List<T> values, Function<T, String> spelling) {
        if (values.isEmpty()) {
            return;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (T value : values) {
            any.add(new TermQuery(new Term(field, spelling.apply(value))), Occur.SHOULD);
        }
        all.add(any.build(), Occur.FILTER);
    }

    /** {@code text} restricted to claim documents ({@code null} text: all claims). */
    static Query claims(Query text) {
        return claims(text, null);
    }

    /** {@code text} (scored; {@code null}: all claims) restricted to claims and to {@code filter} when given. */
    static Query claims(Query text, Query filter) {
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(text == null ? new MatchAllDocsQuery() : text, Occur.MUST)
                .add(CLAIM_DOCS, Occur.FILTER);
        if (filter != null) {
            query.add(filter, Occur.FILTER);
        }
        return query.build();
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
