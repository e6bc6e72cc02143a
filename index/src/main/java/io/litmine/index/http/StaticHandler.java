package io.litmine.index.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The web page: a fixed set of files from the classpath ({@code io/litmine/index/http/web/}). Only
 * the listed names are served, so no path can reach anything else on the classpath.
 */
final class StaticHandler implements HttpHandler {

    private static final String ROOT = "io/litmine/index/http/web/";
    private static final Map<String, String> FILES = Map.of(
            "/", "index.html",
            "/index.html", "index.html",
            "/app.js", "app.js",
            "/map.js", "map.js",
            "/vendor/d3.min.js", "vendor/d3.min.js",
            "/style.css", "style.css");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8");

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String file = FILES.get(exchange.getRequestURI().getPath());
        if (file == null) {
            Responses.error(exchange, 404, "not found: " + exchange.getRequestURI().getPath());
            return;
        }
        byte[] body;
        try (InputStream in = StaticHandler.class.getClassLoader().getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new IOException("web resource missing from the build: " + ROOT + file);
            }
            body = in.readAllBytes();
        }
        // The page takes nothing from elsewhere and runs no inline script: say so to the browser.
        exchange.getResponseHeaders().set("Content-Security-Policy",
                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        Responses.bytes(exchange, 200, TYPES.get(file.substring(file.lastIndexOf('.') + 1)), body);
    }
}
