package io.litmine.index.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.litmine.index.export.EvidenceExport;
import io.litmine.index.json.EvidenceJson;
import io.litmine.index.json.SearchResultsJson;
import io.litmine.index.map.MapBuilder;
import io.litmine.index.map.MapColumns;
import io.litmine.index.map.MapJson;
import io.litmine.index.map.MapRenderer;
import io.litmine.index.map.MechanismMap;
import io.litmine.index.search.SearchFilters;
import io.litmine.index.search.LiveEvidenceIndex;
import io.litmine.index.search.PaperSummary;
import io.litmine.index.search.QuerySyntaxException;
import io.litmine.index.search.SearchRequest;
import io.litmine.index.search.SearchResults;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JSON API under {@code /api/} (ARCHITECTURE.md): search, one claim, the papers, exports. A
 * client's mistake (bad parameter, malformed query) is a 400 with {@code {"error": "..."}}, an
 * unknown id or path a 404, anything else a 500 whose cause goes to the log, not to the client.
 */
final class ApiHandler implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);

    private final LiveEvidenceIndex index;

    ApiHandler(LiveEvidenceIndex index) {
        this.index = index;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                Responses.error(exchange, 405, "only GET is supported");
                return;
            }
            route(exchange, exchange.getRequestURI().getRawPath(), RequestParams.parse(exchange.getRequestURI().getRawQuery()));
        } catch (BadRequestException e) {
            Responses.error(exchange, 400, e.getMessage());
        } catch (QuerySyntaxException e) {
            Responses.error(exchange, 400, e.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.error("{} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
            Responses.error(exchange, 500, "internal error: " + e.getClass().getSimpleName());
        }
    }

    private void route(HttpExchange exchange, String path, RequestParams params)
            throws IOException, BadRequestException, QuerySyntaxException {
        if (path.equals("/api/search")) {
            params.allowOnly(SearchParams.SEARCH, true);
            SearchRequest request = SearchParams.search(params);
            boolean claimsOnly = Boolean.TRUE.equals(params.bool("claimsOnly"));
            ObjectNode body = index.search(searcher -> {
                if (claimsOnly || !searcher.hasSentences()) {
                    // claimsOnly=true, or an index written before sentences were indexed: claim hits.
                    return SearchResultsJson.tree(searcher.search(request));
                }
                return SearchResultsJson.tree(searcher.searchSentences(request));
            });
            if (body.get("total").asLong() == 0) {
                // "trastuzumb", gene=HERR2: what the index holds near the words and names that found nothing.
                Map<String, List<String>> near = index.search(searcher -> searcher.suggestions().forEmptyResult(request.query(), request.filters()));
                if (!near.isEmpty()) {
                    body.set("suggestions", EvidenceJson.mapper().valueToTree(near));
                }
            }
            Responses.json(exchange, 200, body);
        } else if (path.startsWith("/api/claims/") && path.length() > "/api/claims/".length()) {
            params.allowOnly(Set.of(), false);
            claim(exchange, URLDecoder.decode(path.substring("/api/claims/".length()), StandardCharsets.UTF_8));
        } else if (path.startsWith("/api/papers/") && path.endsWith("/file")
                && path.length() > "/api/papers/".length() + "/file".length()) {
            params.allowOnly(Set.of(), false);
            file(exchange, URLDecoder.decode(path.substring("/api/papers/".length(), path.length() - "/file".length()),
                    StandardCharsets.UTF_8));
        } else if (path.equals("/api/papers")) {
            params.allowOnly(Set.of("limit", "offset"), false);
            Responses.json(exchange, 200, papers(params));
        } else if (path.equals("/api/map")) {
            params.allowOnly(SearchParams.MAP, true);
            map(exchange, params);
        } else if (path.equals("/api/export")) {
            params.allowOnly(SearchParams.EXPORT, true);
            export(exchange, SearchParams.export(params));
        } else {
            Responses.error(exchange, 404, "no such endpoint: " + path);
        }
    }

    private void claim(HttpExchange exchange, String id) throws IOException, QuerySyntaxException {
        SearchResults found = index.search(searcher -> searcher.search(SearchRequest.of("claim:" + QueryParser.escape(id))));
        if (found.hits().isEmpty()) {
            Responses.error(exchange, 404, "no claim with id " + id);
            return;
        }
        var hit = found.hits().get(0);
        Responses.json(exchange, 200, SearchResultsJson.claim(hit.claim(), hit.paperTitle(), hit.citations()));
    }

    /**
     * The mechanism map of the claims matching {@code q} and the filters: JSON (the page draws it),
     * or {@code format=svg|png} drawn here; {@code columns=relation|netRelation|mechanism}.
     */
    private void map(HttpExchange exchange, RequestParams params) throws IOException, QuerySyntaxException, BadRequestException {
        MapColumns columns;
        try {
            columns = MapColumns.fromName(params.get("columns", "relation"));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage(), e);
        }
        String format = params.get("format", "json");
        if (!List.of("json", "svg", "png").contains(format)) {
            throw new BadRequestException("map format must be json, svg or png, got '" + format + "'");
        }
        SearchFilters filters = SearchParams.filters(params);
        MechanismMap map = index.search(searcher -> MapBuilder.build(searcher, params.get("q", ""), filters, columns));
        if (format.equals("json")) {
            Responses.json(exchange, 200, MapJson.tree(map));
            return;
        }
        java.io.ByteArrayOutputStream image = new java.io.ByteArrayOutputStream();
        if (format.equals("svg")) {
            MapRenderer.svg(map, image);
        } else {
            MapRenderer.png(map, image);
        }
        Responses.bytes(exchange, 200, format.equals("svg") ? "image/svg+xml" : "image/png", image.toByteArray());
    }

    /** The paper's own file, as it was indexed (see {@link PaperFile}). */
    private void file(HttpExchange exchange, String paperId) throws IOException, QuerySyntaxException {
        PaperFile.Outcome file = PaperFile.of(index.search(searcher -> searcher.paperMeta(paperId)));
        if (file.status() != 200) {
            Responses.error(exchange, file.status(), file.error());
            return;
        }
        exchange.getResponseHeaders().set("Content-Security-Policy", "sandbox");
        exchange.getResponseHeaders().set("Content-Disposition",
                "inline; filename=\"" + file.fileName().replaceAll("[^A-Za-z0-9._ -]", "_") + "\"");
        Responses.bytes(exchange, 200, file.contentType(), file.bytes());
    }

    /** A page of papers (default the first 1000), from their stored counts; {@code total} is all of them. */
    private ObjectNode papers(RequestParams params) throws IOException, QuerySyntaxException, BadRequestException {
        int limit = params.integer("limit", 1000, 1, 10_000);
        int offset = params.integer("offset", 0, 0, Integer.MAX_VALUE);
        ObjectNode body = EvidenceJson.mapper().createObjectNode();
        index.search(searcher -> {
            body.put("total", searcher.paperCount());
            ArrayNode list = body.putArray("papers");
            for (PaperSummary p : searcher.paperSummaries(offset, limit)) {
                ObjectNode paper = list.addObject().put("paperId", p.paperId()).put("source", p.source()).put("title", p.title())
                        .put("sentences", p.sentences()).put("claims", p.claims()).put("references", p.references())
                        .put("unresolved", p.unresolved());
                // Who, when and where: as a hit's "paper" shows it.
                ObjectNode meta = SearchResultsJson.paper(p.meta());
                for (String key : List.of("authors", "year", "journal", "doi", "pmid", "pmcid")) {
                    paper.set(key, meta.get(key));
                }
            }
            return null;
        });
        return body;
    }

    private void export(HttpExchange exchange, EvidenceExport export) throws IOException, QuerySyntaxException {
        String name = "litmine-" + export.content().name().toLowerCase(Locale.ROOT) + "." + export.format().fileExtension();
        index.search(searcher -> {
            // The query is parsed before the first byte, so a syntax error is still a 400; then the
            // export streams from the index to the client, whatever its size.
            searcher.checkQuery(export.query());
            exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + name + "\"");
            Responses.stream(exchange, export.format().mediaType() + "; charset=utf-8", out -> export.write(searcher, out));
            return null;
        });
    }
}
