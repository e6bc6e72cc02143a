package io.litmine.bench.search;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load on {@code /api/search} of a running {@code litmine serve}: CLIENTS concurrent clients, each
 * sending its next request as soon as the last one answered, for SECONDS, over a mix of typical
 * queries and filters. Counts every non-200 answer and every failed exchange as an error and prints
 * the latency percentiles. Start an ingest into the same index beside it to load the refresh path.
 *
 * <p>{@code bench/run io.litmine.bench.search.SearchLoadTest http://127.0.0.1:8080 50 30}
 */
public final class SearchLoadTest {

    private static final List<String> QUERIES = List.of(
            "q=" + enc("trastuzumab resistance") + "&mechanism=DOWNSTREAM_ACTIVATION",
            "q=" + enc("PI3K/Akt activation") + "&hedged=false",
            "q=" + enc("HER2-positive breast cancer") + "&evidence=clinical",
            "q=" + enc("PTEN loss") + "&gene=HER2",
            "q=" + enc("\"tyrosine kinase\" inhibitor") + "&drug=lapatinib",
            "q=apoptosis&year=2010",
            "q=" + enc("TGF-alpha EGFR") + "&mechanism=ALTERNATIVE_SIGNALLING",
            "q=" + enc("cell cycle p27kip1") + "&offset=10",
            "q=" + enc("VEGF angiogenesis") + "&hedged=true",
            "q=" + enc("mTOR everolimus") + "&gene=PTEN");

    private SearchLoadTest() {
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int clients = Integer.parseInt(args[1]);
        long seconds = Long.parseLong(args[2]);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<double[]> perClient = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        ConcurrentHashMap<String, Long> errorKinds = new ConcurrentHashMap<>();
        AtomicLong totals = new AtomicLong();
        CountDownLatch done = new CountDownLatch(clients);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            double[][] mine = new double[1][];
            perClient.add(null);
            Thread t = new Thread(() -> {
                List<Double> latencies = new ArrayList<>();
                int i = client;
                while (System.nanoTime() < end) {
                    String query = QUERIES.get(i++ % QUERIES.size());
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/search?" + query))
                            .timeout(Duration.ofSeconds(30)).build();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                        latencies.add((System.nanoTime() - t0) / 1e6);
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                            errorKinds.merge("HTTP " + r.statusCode(), 1L, Long::sum);
                        } else if (r.body().startsWith("{\"total\":")) {
                            totals.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        errorKinds.merge(e.getClass().getSimpleName(), 1L, Long::sum);
                    }
                }
                mine[0] = latencies.stream().mapToDouble(Double::doubleValue).toArray();
                synchronized (perClient) {
                    perClient.set(client, mine[0]);
                }
                done.countDown();
            }, "load-" + c);
            threads.add(t);
        }
        long started = System.nanoTime();
        threads.forEach(Thread::start);
        done.await();
        double elapsed = (System.nanoTime() - started) / 1e9;
        double[] all = perClient.stream().flatMapToDouble(java.util.Arrays::stream).sorted().toArray();
        System.out.printf("%d clients, %.1f s: %d requests (%.0f/s), %d errors %s, %d well-formed result bodies%n", clients,
                elapsed, all.length, all.length / elapsed, errors.get(), errorKinds, totals.get());
        System.out.printf("latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n", SearchLatencyBenchmark.pct(all, 50),
                SearchLatencyBenchmark.pct(all, 90), SearchLatencyBenchmark.pct(all, 99), all[all.length - 1]);
    }
}
