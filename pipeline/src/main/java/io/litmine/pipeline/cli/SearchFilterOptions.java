package io.litmine.pipeline.cli;

import io.litmine.index.search.FilterParser;
import io.litmine.index.search.InvalidFilterException;
import io.litmine.index.search.SearchFilters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The claim filters of {@code search}, {@code export} and {@code map}; each may be repeated (values of
 * one are alternatives). Values are taken as given and parsed by {@link FilterParser}, the parser the
 * HTTP API uses too, so both accept and refuse the same filters with the same words.
 */
final class SearchFilterOptions {
    @Option(names = "--gene", paramLabel = "G", description = "claims tagged with this gene (any synonym: HER2 = ErbB2 = neu = ERBB2)")
    List<String> genes;

    @Option(names = "--drug", paramLabel = "D", description = "claims tagged with this drug (any synonym)")
    List<String> drugs;

    @Option(names = "--mechanism", paramLabel = "M", description = "HER2_ACCESS, DOWNSTREAM_ACTIVATION, CELL_CYCLE, ALTERNATIVE_SIGNALLING, ANGIOGENESIS, IMMUNE or OTHER")
    List<String> mechanisms;

    @Option(names = "--relation", paramLabel = "R", description = "the relation as written, e.g. INHIBITS, CAUSES_RESISTANCE")
    List<String> relations;

    @Option(names = "--net-relation", paramLabel = "REL",
            description = "what the claim asserts about its subject's entity (\"PTEN loss activates AKT\": INHIBITS)")
    List<String> netRelations;

    @Option(names = "--state", paramLabel = "loss|gain|mutant",
            description = "claims whose subject or object is in this state (\"loss of PTEN\": loss)")
    List<String> states;

    @Option(names = "--evidence", paramLabel = "E", description = "in_vitro, in_vivo, clinical, preclinical or unspecified")
    List<String> evidence;

    @Option(names = "--year", paramLabel = "YYYY", description = "the paper's publication year")
    List<String> years;

    @Option(names = "--section", paramLabel = "HEADING", description = "the section heading, exactly")
    List<String> sections;

    @Option(names = "--hedged", paramLabel = "true|false", arity = "1", description = "only hedged (true) or only firm (false) claims")
    String hedged;

    @Option(names = "--negated", paramLabel = "true|false", arity = "1", description = "only negated (true) or only affirmed (false) claims")
    String negated;

    @Option(names = "--citation-check", paramLabel = "CHECK",
            description = "claims whose cited references' titles are: title-supported, unverified or none")
    List<String> citationChecks;

    /** The values given, by the filter names {@link FilterParser} takes. */
    Map<String, List<String>> values() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        put(values, "gene", genes);
        put(values, "drug", drugs);
        put(values, "mechanism", mechanisms);
        put(values, "relation", relations);
        put(values, "netRelation", netRelations);
        put(values, "state", states);
        put(values, "evidence", evidence);
        put(values, "year", years);
        put(values, "section", sections);
        put(values, "hedged", hedged == null ? null : List.of(hedged));
        put(values, "negated", negated == null ? null : List.of(negated));
        put(values, "citationCheck", citationChecks);
        return values;
    }

    SearchFilters filters() throws UsageException {
        try {
            return FilterParser.parse(values(), FilterParser::flag);
        } catch (InvalidFilterException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static void put(Map<String, List<String>> values, String name, List<String> given) {
        if (given != null && !given.isEmpty()) {
            values.put(name, given);
        }
    }
}
