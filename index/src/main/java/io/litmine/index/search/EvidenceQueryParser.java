package io.litmine.index.search;

import io.litmine.corpus.model.EntityType;
import io.litmine.corpus.model.Relation;
import io.litmine.index.schema.Fields;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;

/**
 * The classic query syntax over claim documents, with the field names of {@link QueryField}:
 * keyword fields take their values verbatim (normalised, not analysed), gene and drug values go
 * through the synonyms, and a free-text word that names a gene or drug also finds the claims
 * tagged with it ({@code neu} finds a sentence that says {@code HER2}). Not thread-safe: one per parse.
 */
final class EvidenceQueryParser extends QueryParser {

    /** Tagged-entity matches weigh like one more matching word, not more: the text still ranks. */
    private static final float ENTITY_BOOST = 0.5f;
    private static final float ARGUMENT_BOOST = 0.5f;

    private final EntityResolver resolver;

    EvidenceQueryParser(Analyzer analyzer, EntityResolver resolver) {
        super(Fields.TEXT, analyzer);
        this.resolver = resolver;
        setDefaultOperator(Operator.OR);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        QueryField qf = field(field);
        return switch (qf.kind()) {
            case TEXT -> qf == QueryField.TEXT ? textWithEntities(queryText, quoted) : super.getFieldQuery(qf.field(), queryText, quoted);
            case GENE, DRUG -> entityQuery(resolver, qf, queryText);
            case NET_RELATION -> netRelationQuery(Relation.valueOf(keyword(qf, queryText)));
            default -> new TermQuery(new Term(qf.field(), keyword(qf, queryText)));
        };
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
            throws ParseException {
        QueryField qf = field(field);
        if (qf.kind() == QueryField.Kind.TEXT) {
            return super.getRangeQuery(qf.field(), part1, part2, startInclusive, endInclusive);
        }
        // Keyword values compare as strings; for year (always four digits) that is numeric order.
        String lower = part1 == null || part1.equals("*") ? null : part1;
        String upper = part2 == null || part2.equals("*") ? null : part2;
        return TermRangeQuery.newStringRange(qf.field(), lower, upper, startInclusive, endInclusive);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        QueryField qf = field(field);
        if (qf.kind() == QueryField.Kind.TEXT) {
            return super.getPrefixQuery(qf.field(), termStr);
        }
        return new PrefixQuery(new Term(qf.field(), termStr));
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        return super.getWildcardQuery(field(field).field(), termStr);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        return super.getFuzzyQuery(field(field).field(), termStr, minSimilarity);
    }

    /**
     * A gene/drug value: the claims tagged with any name it resolves to, or with the value itself
     * (as given and upper-cased for genes) when the lexicon does not know it.
     */
    static Query entityQuery(EntityResolver resolver, QueryField qf, String value) {
        String v = value.strip();
        Set<String> names = new java.util.LinkedHashSet<>(resolver.resolve(qf.entityType(), v));
        names.add(v);
        if (qf.entityType() == EntityType.GENE) {
            names.add(v.toUpperCase(java.util.Locale.ROOT));
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String name : names) {
            any.add(new TermQuery(new Term(qf.field(), name)), Occur.SHOULD);
        }
        return any.build();
    }

    /**
     * Claims whose net relation is {@code relation}: those with that {@link Fields#NET_RELATION}, and
     * those indexed before the field existed (no state was recorded then, so their net relation is
     * their relation as written) with that {@link Fields#RELATION}.
     */
    static Query netRelationQuery(Relation relation) {
        Query earlier = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.RELATION, relation.name())), Occur.MUST)
                .add(new FieldExistsQuery(Fields.NET_RELATION), Occur.MUST_NOT)
                .build();
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.NET_RELATION, relation.name())), Occur.SHOULD)
                .add(earlier, Occur.SHOULD)
                .build();
    }

    private Query textWithEntities(String queryText, boolean quoted) throws ParseException {
        Query text = super.getFieldQuery(Fields.TEXT, queryText, quoted);
        Set<String> genes = resolver.resolve(EntityType.GENE, queryText);
        Set<String> drugs = resolver.resolve(EntityType.DRUG, queryText);
        if (text == null) {
            return genes.isEmpty() && drugs.isEmpty() ? null : entitiesOnly(genes, drugs);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        any.add(text, Occur.SHOULD);
        // A claim whose subject or object is what the query names ranks above one whose sentence only
        // mentions it ("PTEN PI3K": "loss of PTEN activates PI3K/AKT" before "PTEN dephosphorylates
        // PIP3 … opposes PI3K signalling", where PI3K is no argument).
        for (String argument : new String[] {Fields.SUBJECT, Fields.OBJECT}) {
            Query q = super.getFieldQuery(argument, queryText, quoted);
            if (q != null) {
                any.add(new BoostQuery(q, ARGUMENT_BOOST), Occur.SHOULD);
            }
        }
        addEntities(any, genes, drugs);
        return any.build();
    }

    private static Query entitiesOnly(Set<String> genes, Set<String> drugs) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        addEntities(any, genes, drugs);
        return any.build();
    }

    private static void addEntities(BooleanQuery.Builder any, Set<String> genes, Set<String> drugs) {
        genes.forEach(g -> any.add(new BoostQuery(new TermQuery(new Term(Fields.GENES, g)), ENTITY_BOOST), Occur.SHOULD));
        drugs.forEach(d -> any.add(new BoostQuery(new TermQuery(new Term(Fields.DRUGS, d)), ENTITY_BOOST), Occur.SHOULD));
    }

    private static QueryField field(String name) throws ParseException {
        return QueryField.byName(name).orElseThrow(() -> new ParseException(
                "unknown field '" + name + "' (fields: " + QueryField.names() + ")"));
    }

    private static String keyword(QueryField qf, String value) throws ParseException {
        try {
            return qf.keywordValue(value);
        } catch (IllegalArgumentException e) {
            throw new ParseException(e.getMessage());
        }
    }
}
