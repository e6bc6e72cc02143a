package io.litmine.index.http;

import io.litmine.corpus.model.ArgumentState;
import io.litmine.corpus.model.Evidence;
import io.litmine.corpus.model.Mechanism;
import io.litmine.corpus.model.Relation;
import io.litmine.index.export.EvidenceExport;
import io.litmine.index.export.ExportContent;
import io.litmine.index.export.ExportFormat;
import io.litmine.index.export.TableOptions;
import io.litmine.index.search.SearchFilters;
import io.litmine.index.search.SearchRequest;
import io.litmine.index.search.SortOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Maps the API's query parameters onto search and export requests:
 * {@code q, gene, drug, mechanism, relation, netRelation, state, evidence, year, section, hedged, negated,
 * sort, limit, offset} (filters repeatable; {@code state} is loss, gain or mutant, of the subject or the
 * object), and for exports {@code format}, {@code what}, {@code perCitation} and {@code excel} (claim
 * tables: one row per cited reference; a UTF-8 byte order mark).
 */
final class SearchParams {

    private SearchParams() {
    }

    static SearchRequest search(RequestParams params) throws BadRequestException {
        int limit = params.integer("limit", SearchRequest.DEFAULT_LIMIT, 1, SearchRequest.MAX_LIMIT);
        int offset = params.integer("offset", 0, 0, Integer.MAX_VALUE);
        SortOrder sort;
        try {
            sort = SortOrder.fromName(params.get("sort", "relevance"));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage(), e);
        }
        return new SearchRequest(params.get("q", ""), limit, offset, filters(params), sort, true);
    }

    static EvidenceExport export(RequestParams params) throws BadRequestException {
        try {
            ExportFormat format = ExportFormat.fromName(params.get("format", "csv"));
            String what = params.get("what", null);
            ExportContent content = what == null ? ExportContent.defaultFor(format) : ExportContent.fromName(what);
            TableOptions table = new TableOptions(Boolean.TRUE.equals(params.bool("perCitation")),
                    Boolean.TRUE.equals(params.bool("excel")));
            return new EvidenceExport(content, format, params.get("q", ""), filters(params), table);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage(), e);
        }
    }

    static SearchFilters filters(RequestParams params) throws BadRequestException {
        return SearchFilters.NONE
                .withGenes(params.all("gene"))
                .withDrugs(params.all("drug"))
                .withMechanisms(enums(params.all("mechanism"), Mechanism.class))
                .withRelations(enums(params.all("relation"), Relation.class))
                .withNetRelations(enums(params.all("netRelation"), Relation.class))
                .withStates(states(params.all("state")))
                .withEvidence(enums(params.all("evidence"), Evidence.class))
                .withYears(years(params.all("year")))
                .withSections(params.all("section"))
                .withHedged(params.bool("hedged"))
                .withNegated(params.bool("negated"));
    }

    private static List<String> years(List<String> values) throws BadRequestException {
        for (String v : values) {
            if (!v.strip().matches("\\d{4}")) {
                throw new BadRequestException("year must have four digits, got '" + v + "'");
            }
        }
        return values;
    }

    private static List<ArgumentState> states(List<String> values) throws BadRequestException {
        List<ArgumentState> parsed = new ArrayList<>();
        for (String v : values) {
            try {
                parsed.add(SearchFilters.state(v));
            } catch (IllegalArgumentException e) {
                throw new BadRequestException(e.getMessage(), e);
            }
        }
        return parsed;
    }

    private static <E extends Enum<E>> List<E> enums(List<String> values, Class<E> type) throws BadRequestException {
        List<E> parsed = new ArrayList<>();
        for (String v : values) {
            try {
                parsed.add(Enum.valueOf(type, v.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("unknown " + type.getSimpleName().toLowerCase(Locale.ROOT) + " '" + v + "'", e);
            }
        }
        return parsed;
    }
}
