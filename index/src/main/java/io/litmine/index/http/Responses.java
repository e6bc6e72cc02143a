package io.litmine.index.http;

import com.sun.net.httpserver.HttpExchange;
import io.litmine.index.json.SearchResultsJson;
import io.litmine.index.search.QuerySyntaxException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Writing responses: JSON and errors as UTF-8 with their content types. */
final class Responses {

    static final String JSON = "application/json; charset=utf-8";

    private Responses() {
    }

    static void json(HttpExchange exchange, int status, Object tree) throws IOException {
        bytes(exchange, status, JSON, SearchResultsJson.write(tree).getBytes(StandardCharsets.UTF_8));
    }

    static void error(HttpExchange exchange, int status, String message) throws IOException {
        json(exchange, status, Map.of("error", message));
    }

    /**
     * A 200 whose body is written as it is produced (chunked): the caller checks everything that
     * could still turn into an error status before calling this.
     */
    static void stream(HttpExchange exchange, String contentType, BodyWriter body) throws IOException, QuerySyntaxException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if ("HEAD".equals(exchange.getRequestMethod())) {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = new BufferedOutputStream(exchange.getResponseBody(), 1 << 16)) {
            body.write(out);
        }
        exchange.close();
    }

    /** Writes a streamed body. */
    @FunctionalInterface
    interface BodyWriter {
        void write(OutputStream out) throws IOException, QuerySyntaxException;
    }

    static void bytes(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }
}
