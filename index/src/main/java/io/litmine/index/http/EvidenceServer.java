package io.litmine.index.http;

import com.sun.net.httpserver.HttpServer;
import io.litmine.index.search.LiveEvidenceIndex;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server of {@code litmine serve}: the JSON API under {@code /api/} and the web page at
 * {@code /}, on the JDK's built-in HTTP server (no framework needed for four read-only endpoints).
 * Requests run on a fixed pool, so a burst queues rather than spawning threads without bound.
 */
public final class EvidenceServer implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(EvidenceServer.class);

    private final HttpServer server;
    private final ExecutorService pool;

    private EvidenceServer(HttpServer server, ExecutorService pool) {
        this.server = server;
        this.pool = pool;
    }

    /** Starts serving {@code index}; the caller keeps ownership of the index and closes it after the server. */
    public static EvidenceServer start(LiveEvidenceIndex index, ServerConfig config) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(config.bind(), config.port()), 256);
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(config.threads(), r -> {
            Thread t = new Thread(r, "litmine-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext("/api/", new ApiHandler(index));
        server.createContext("/", new StaticHandler());
        server.start();
        LOG.info("serving on http://{}:{}/", config.bind(), server.getAddress().getPort());
        return new EvidenceServer(server, pool);
    }

    /** The port it listens on (the chosen one when configured with port 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The base address, e.g. {@code http://127.0.0.1:8080}. */
    public String baseUrl() {
        return "http://" + server.getAddress().getHostString() + ":" + port();
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdown();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
