package io.litmine.index.search;

import io.litmine.corpus.model.EntityType;
import io.litmine.corpus.model.Evidence;
import io.litmine.corpus.model.Mechanism;
import io.litmine.corpus.model.Relation;
import io.litmine.index.schema.Fields;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The field names a user may type in a query ({@code gene:ERBB2 AND mechanism:HER2_ACCESS}), the
 * index field each one searches, and how its values are spelled there. Keyword fields are not
 * analysed: their values are normalised here (enum names upper-cased, booleans and evidence labels
 * lower-cased, genes and drugs resolved through their synonyms). {@code state} matches a claim whose
 * subject or object has that state, {@code subjectState}/{@code objectState} the one argument.
 */
enum QueryField {
    TEXT(Fields.TEXT, Kind.TEXT, "text"),
    GENE(Fields.GENES, Kind.GENE, "gene", "genes"),
    DRUG(Fields.DRUGS, Kind.DRUG, "drug", "drugs"),
    SUBJECT(Fields.SUBJECT, Kind.TEXT, "subject"),
    OBJECT(Fields.OBJECT, Kind.TEXT, "object"),
    SUBJECT_ID(Fields.SUBJECT_ID, Kind.EXACT, "subjectId"),
    OBJECT_ID(Fields.OBJECT_ID, Kind.EXACT, "objectId"),
    RELATION(Fields.RELATION, Kind.RELATION, "relation"),
    NET_RELATION(Fields.NET_RELATION, Kind.NET_RELATION, "netRelation"),
    STATE(Fields.STATE, Kind.STATE, "state"),
    SUBJECT_STATE(Fields.SUBJECT_STATE, Kind.STATE, "subjectState"),
    OBJECT_STATE(Fields.OBJECT_STATE, Kind.STATE, "objectState"),
    MECHANISM(Fields.MECHANISM, Kind.MECHANISM, "mechanism"),
    EVIDENCE(Fields.EVIDENCE, Kind.EVIDENCE, "evidence"),
    HEDGED(Fields.HEDGED, Kind.BOOLEAN, "hedged"),
    NEGATED(Fields.NEGATED, Kind.BOOLEAN, "negated"),
    SECTION(Fields.SECTION, Kind.EXACT, "section"),
    YEAR(Fields.YEAR, Kind.EXACT, "year"),
    PAPER(Fields.PAPER_ID, Kind.EXACT, "paper", "paperId"),
    CLAIM(Fields.CLAIM_ID, Kind.EXACT, "claim", "claimId"),
    CITES(Fields.CITED, Kind.TEXT, "cites"),
    CITED_ID(Fields.CITED_ID, Kind.LOWER, "citedId", "doi", "pmid");

    /** How a value is turned into index terms. */
    enum Kind { TEXT, GENE, DRUG, RELATION, NET_RELATION, STATE, MECHANISM, EVIDENCE, BOOLEAN, EXACT, LOWER }

    private static final Map<String, QueryField> BY_NAME = new LinkedHashMap<>();

    static {
        for (QueryField f : values()) {
            for (String name : f.names) {
                BY_NAME.put(name.toLowerCase(Locale.ROOT), f);
            }
        }
    }

    private final String field;
    private final Kind kind;
    private final String[] names;

    QueryField(String field, Kind kind, String... names) {
        this.field = field;
        this.kind = kind;
        this.names = names;
    }

    String field() {
        return field;
    }

    Kind kind() {
        return kind;
    }

    static Optional<QueryField> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The names users can type, for error messages. */
    static String names() {
        return Arrays.stream(values()).map(f -> f.names[0]).collect(Collectors.joining(", "));
    }

    EntityType entityType() {
        return kind == Kind.DRUG ? EntityType.DRUG : EntityType.GENE;
    }

    /**
     * The index spelling of a keyword value, or an {@link IllegalArgumentException} naming what is
     * allowed. Not for TEXT, GENE and DRUG fields.
     */
    String keywordValue(String value) {
        String v = value.strip();
        return switch (kind) {
            case RELATION, NET_RELATION -> enumValue(Relation.class, v).name();
            case STATE -> SearchFilters.state(v).label();
            case MECHANISM -> enumValue(Mechanism.class, v).name();
            case EVIDENCE -> enumValue(Evidence.class, v).label();
            case BOOLEAN -> booleanValue(names[0], v);
            case LOWER -> v.toLowerCase(Locale.ROOT);
            case EXACT -> v;
            case TEXT, GENE, DRUG -> throw new IllegalStateException(this + " is not a keyword field");
        };
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
        String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw new IllegalArgumentException("unknown " + type.getSimpleName().toLowerCase(Locale.ROOT) + " '" + value
                    + "' (expected one of " + allowed + ")", e);
        }
    }

    static String booleanValue(String name, String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (!v.equals("true") && !v.equals("false")) {
            throw new IllegalArgumentException(name + " must be true or false, got '" + value + "'");
        }
        return v;
    }
}
