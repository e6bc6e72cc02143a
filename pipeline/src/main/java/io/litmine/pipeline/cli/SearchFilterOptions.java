package io.litmine.pipeline.cli;

import io.litmine.corpus.model.CitationCheck;
import io.litmine.corpus.model.Evidence;
import io.litmine.corpus.model.Mechanism;
import io.litmine.corpus.model.Relation;
import io.litmine.index.search.SearchFilters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Option;

/** The claim filters of {@code search} and {@code export}; each may be repeated (values of one are alternatives). */
final class SearchFilterOptions {
    @Option(names = "--gene", paramLabel = "G", description = "claims tagged with this gene (any synonym: HER2 = ErbB2 = neu = ERBB2)")
    List<String> genes;

    @Option(names = "--drug", paramLabel = "D", description = "claims tagged with this drug (any synonym)")
    List<String> drugs;

    @Option(names = "--mechanism", paramLabel = "M", description = "HER2_ACCESS, DOWNSTREAM_ACTIVATION, CELL_CYCLE, ALTERNATIVE_SIGNALLING, ANGIOGENESIS, IMMUNE or OTHER")
    List<Mechanism> mechanisms;

    @Option(names = "--relation", paramLabel = "R", description = "the relation as written, e.g. INHIBITS, CAUSES_RESISTANCE")
    List<Relation> relations;

    @Option(names = "--net-relation", paramLabel = "REL",
            description = "what the claim asserts about its subject's entity (\"PTEN loss activates AKT\": INHIBITS)")
    List<Relation> netRelations;

    @Option(names = "--state", paramLabel = "loss|gain|mutant",
            description = "claims whose subject or object is in this state (\"loss of PTEN\": loss)")
    List<String> states;

    @Option(names = "--evidence", paramLabel = "E", description = "in_vitro, in_vivo, clinical, preclinical or unspecified")
    List<Evidence> evidence;

    @Option(names = "--year", paramLabel = "YYYY", description = "the paper's publication year")
    List<String> years;

    @Option(names = "--section", paramLabel = "HEADING", description = "the section heading, exactly")
    List<String> sections;

    @Option(names = "--hedged", paramLabel = "true|false", arity = "1", description = "only hedged (true) or only firm (false) claims")
    Boolean hedged;

    @Option(names = "--negated", paramLabel = "true|false", arity = "1", description = "only negated (true) or only affirmed (false) claims")
    Boolean negated;

    @Option(names = "--citation-check", paramLabel = "CHECK",
            description = "claims whose cited references' titles are: title-supported, unverified or none")
    List<String> citationChecks;

    SearchFilters filters() throws UsageException {
        return new SearchFilters(genes, drugs, mechanisms, relations, evidence, years, sections, hedged, negated,
                parsed(citationChecks, CitationCheck::fromLabel), netRelations, parsed(states, SearchFilters::state));
    }

    /** Labels parsed one by one; a bad one is a usage error with the parser's message. */
    private static <T> List<T> parsed(List<String> labels, Function<String, T> parser) throws UsageException {
        List<T> values = new ArrayList<>();
        for (String label : labels == null ? List.<String>of() : labels) {
            try {
                values.add(parser.apply(label));
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        return values;
    }
}
