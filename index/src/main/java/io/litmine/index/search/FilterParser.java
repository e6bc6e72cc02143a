package io.litmine.index.search;

import io.litmine.corpus.model.ArgumentState;
import io.litmine.corpus.model.CitationCheck;
import io.litmine.corpus.model.Evidence;
import io.litmine.corpus.model.Mechanism;
import io.litmine.corpus.model.Relation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one language of search filters, for every door: the command line's flags and the HTTP API's
 * query parameters both hand their values here as a map from filter name to values, and get the same
 * {@link SearchFilters} or the same {@link InvalidFilterException}. Names are the API's
 * ({@link #NAMES}); the command line spells each as {@link #flag}. Enum values are taken in any case;
 * a year has four digits; a flag is true or false.
 */
public final class FilterParser {

    /** Every filter, by the name the HTTP API uses. */
    public static final List<String> NAMES = List.of("gene", "drug", "mechanism", "relation", "netRelation", "state", "evidence",
            "year", "section", "hedged", "negated", "citationCheck");

    private FilterParser() {
    }

    /** {@code netRelation} → {@code --net-relation}: the command line's spelling of a filter. */
    public static String flag(String name) {
        return "--" + name.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    }

    /**
     * The filters these values give. {@code spell} names a filter in an error message (the API: the
     * name itself; the command line: {@link #flag}). Blank values are ignored; an unknown name is an error.
     */
    public static SearchFilters parse(Map<String, List<String>> values, Function<String, String> spell) throws InvalidFilterException {
        for (String name : values.keySet()) {
            if (!NAMES.contains(name)) {
                throw new InvalidFilterException("unknown filter '" + name + "' (filters: " + String.join(", ", NAMES) + ")");
            }
        }
        List<String> years = values(values, "year");
        for (String year : years) {
            if (!year.matches("\\d{4}")) {
                throw new InvalidFilterException(spell.apply("year") + " must have four digits, got '" + year + "'");
            }
        }
        List<ArgumentState> states = new ArrayList<>();
        for (String v : values(values, "state")) {
            try {
                states.add(SearchFilters.state(v));
            } catch (IllegalArgumentException e) {
                throw new InvalidFilterException(spell.apply("state") + " must be loss, gain or mutant, got '" + v + "'");
            }
        }
        List<CitationCheck> checks = new ArrayList<>();
        for (String v : values(values, "citationCheck")) {
            try {
                checks.add(CitationCheck.fromLabel(v));
            } catch (IllegalArgumentException e) {
                throw new InvalidFilterException(spell.apply("citationCheck")
                        + " must be title-supported, unverified or none, got '" + v + "'");
            }
        }
        return new SearchFilters(values(values, "gene"), values(values, "drug"),
                enums(values, "mechanism", Mechanism.class, spell), enums(values, "relation", Relation.class, spell),
                enums(values, "evidence", Evidence.class, spell), years, values(values, "section"),
                bool(values, "hedged", spell), bool(values, "negated", spell), checks,
                enums(values, "netRelation", Relation.class, spell), states);
    }

    private static List<String> values(Map<String, List<String>> values, String name) {
        return values.getOrDefault(name, List.of()).stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }

    private static <E extends Enum<E>> List<E> enums(Map<String, List<String>> values, String name, Class<E> type,
                                                     Function<String, String> spell) throws InvalidFilterException {
        List<E> parsed = new ArrayList<>();
        for (String v : values(values, name)) {
            try {
                parsed.add(Enum.valueOf(type, v.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidFilterException(spell.apply(name) + ": unknown value '" + v + "' (expected "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")) + ")");
            }
        }
        return parsed;
    }

    private static Boolean bool(Map<String, List<String>> values, String name, Function<String, String> spell)
            throws InvalidFilterException {
        List<String> given = values(values, name);
        if (given.isEmpty()) {
            return null;
        }
        String v = given.get(given.size() - 1);
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidFilterException(spell.apply(name) + " must be true or false, got '" + v + "'");
        };
    }
}
