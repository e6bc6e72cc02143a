package io.litmine.pipeline.cli;

import io.litmine.corpus.model.EntityType;
import io.litmine.index.search.EvidenceSearcher;
import io.litmine.index.search.Suggestions;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the command line says around a search that may have gone wrong: a warning for a {@code --gene}
 * or {@code --drug} that names nothing the lexicon or the index knows, and "did you mean" for query
 * words no indexed sentence holds. Both go to standard error, so that output stays data.
 */
final class SearchHints {
    private SearchHints() {
    }

    /** One warning line per gene/drug filter value nothing answers to, with the nearest indexed names. */
    static void warnUnknownEntities(EvidenceSearcher searcher, SearchFilterOptions filters, String command, PrintWriter err)
            throws IOException {
        Suggestions suggestions = searcher.suggestions();
        warn(suggestions, EntityType.GENE, "--gene", filters.genes, command, err);
        warn(suggestions, EntityType.DRUG, "--drug", filters.drugs, command, err);
    }

    private static void warn(Suggestions suggestions, EntityType type, String flag, List<String> values, String command,
                             PrintWriter err) throws IOException {
        for (String value : values == null ? List.<String>of() : values) {
            if (!suggestions.knows(type, value)) {
                List<String> near = suggestions.nearEntity(type, value);
                err.println(command + ": warning: " + flag + " " + value + " names no " + type.name().toLowerCase(java.util.Locale.ROOT)
                        + " the lexicon or the index knows" + (near.isEmpty() ? "" : "; did you mean: " + String.join(", ", near) + "?"));
            }
        }
    }

    /** The query's unknown words with their nearest indexed words; only words that have some. */
    static Map<String, List<String>> didYouMean(EvidenceSearcher searcher, String query) throws IOException {
        // Entity filters get their own warning (warnUnknownEntities): the query's words only.
        return searcher.suggestions().forEmptyResult(query, io.litmine.index.search.SearchFilters.NONE);
    }

    /** "did you mean: trastuzumab (for trastuzumb)?" */
    static String line(Map<String, List<String>> suggestions) {
        return "did you mean: " + suggestions.entrySet().stream()
                .map(e -> String.join(" / ", e.getValue()) + " (for " + e.getKey() + ")")
                .collect(Collectors.joining(", ")) + "?";
    }
}
