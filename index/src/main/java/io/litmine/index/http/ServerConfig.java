package io.litmine.index.http;

import java.time.Duration;
import java.util.Objects;

/**
 * Where the server listens and how it works: address (loopback by default: the index may hold
 * unpublished work), port (0 = any free one), request threads, and how often the reader checks for
 * papers committed by an ingest running beside it.
 */
public record ServerConfig(String bind, int port, int threads, Duration refreshInterval) {

    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

    public ServerConfig {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(refreshInterval, "refreshInterval");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }

    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_BIND, DEFAULT_PORT, 16, Duration.ofSeconds(1));
    }

    public ServerConfig withBind(String newBind) {
        return new ServerConfig(newBind, port, threads, refreshInterval);
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(bind, newPort, threads, refreshInterval);
    }

    public ServerConfig withRefreshInterval(Duration interval) {
        return new ServerConfig(bind, port, threads, interval);
    }
}
