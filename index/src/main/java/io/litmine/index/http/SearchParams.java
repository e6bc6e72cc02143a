package io.litmine.index.http;

import io.litmine.index.export.EvidenceExport;
import io.litmine.index.export.ExportContent;
import io.litmine.index.export.ExportFormat;
import io.litmine.index.export.TableOptions;
import io.litmine.index.search.FilterParser;
import io.litmine.index.search.InvalidFilterException;
import io.litmine.index.search.SearchFilters;
import io.litmine.index.search.SearchRequest;
import io.litmine.index.search.SortOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Maps the API's query parameters onto search and export requests:
 * {@code q, sort, limit, offset, claimsOnly} and the filters of {@link FilterParser} ({@code gene, drug,
 * mechanism, relation, netRelation, state, evidence, year, section, hedged, negated, citationCheck}; repeatable;
 * {@code state} is loss, gain or mutant, of the subject or the object), and for exports {@code format}, {@code what}, {@code perCitation} and {@code excel} (claim
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

    /** The request's filters, by {@link FilterParser}: the same language, values and errors as the command line's. */
    static SearchFilters filters(RequestParams params) throws BadRequestException {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String name : FilterParser.NAMES) {
            List<String> given = params.all(name);
            if (!given.isEmpty()) {
                values.put(name, given);
            }
        }
        try {
            return FilterParser.parse(values, Function.identity());
        } catch (InvalidFilterException e) {
            throw new BadRequestException(e.getMessage(), e);
        }
    }

    /** The parameters each endpoint takes besides the filters; any other is a 400. */
    static final Set<String> SEARCH = Set.of("q", "limit", "offset", "sort", "claimsOnly");
    static final Set<String> EXPORT = Set.of("q", "format", "what", "perCitation", "excel");
    static final Set<String> MAP = Set.of("q", "columns", "format");
}
