package io.litmine.pipeline.cli;

import io.litmine.index.http.EvidenceServer;
import io.litmine.index.http.ServerConfig;
import io.litmine.index.search.LiveEvidenceIndex;
import java.io.PrintWriter;
import java.net.BindException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", description = "Serve the HTTP JSON API and the web page over the index until stopped (Ctrl-C).")
final class ServeCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    IndexOption index;

    @Option(names = "--port", defaultValue = "8080", description = "port (default: ${DEFAULT-VALUE}; 0 = any free port)")
    int port;

    @Option(names = "--bind", defaultValue = ServerConfig.DEFAULT_BIND,
            description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 = every interface)")
    String bind;

    @Option(names = "--refresh-ms", defaultValue = "1000",
            description = "how often to look for papers ingested meanwhile, in ms (default: ${DEFAULT-VALUE})")
    long refreshMillis;

    @Option(names = "--threads", defaultValue = "16", description = "request threads (default: ${DEFAULT-VALUE})")
    int threads;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535 || threads < 1 || refreshMillis < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--port must be 0–65535, --threads ≥ 1 and --refresh-ms ≥ 0");
        }
        ServerConfig config = new ServerConfig(bind, port, threads, Duration.ofMillis(refreshMillis));
        CountDownLatch stopped = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        try (LiveEvidenceIndex live = Searchers.openLive(index.layout(), config.refreshInterval());
             EvidenceServer server = start(live, config)) {
            PrintWriter out = spec.commandLine().getOut();
            out.printf("litmine: serving %s/ over %s (Ctrl-C to stop)%n", server.baseUrl(), index.layout().root());
            out.flush();
            // Ctrl-C: let the main thread close the server and the index before the JVM halts.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stopped.countDown();
                try {
                    closed.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "litmine-serve-stop"));
            stopped.await();
        } finally {
            closed.countDown();
        }
        return LitmineCli.OK;
    }

    private static EvidenceServer start(LiveEvidenceIndex live, ServerConfig config) throws Exception {
        try {
            return EvidenceServer.start(live, config);
        } catch (BindException e) {
            throw new UsageException("cannot listen on " + config.bind() + ":" + config.port() + ": " + e.getMessage());
        }
    }
}
