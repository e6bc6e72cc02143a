package io.litmine.bench.ingest;

import io.litmine.pipeline.ingest.IndexLayout;
import io.litmine.pipeline.ingest.IngestRequest;
import io.litmine.pipeline.ingest.IngestService;
import io.litmine.pipeline.ingest.IngestSummary;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Ingest at scale in one run: the real papers given plus generated variants, N papers in all, into a
 * fresh index, for each N asked (e.g. 200 and 2000); reports time, seconds per paper and peak heap.
 * Variants are the text-format papers with a numbered line added after the title and their
 * sentences in a rotated order, so every variant is a distinct paper (its own hash, its own claims)
 * of realistic length. Run with the heap limit under test, e.g. {@code BENCH_JAVA_OPTS=-Xmx2g}.
 *
 * <p>{@code bench/run io.litmine.bench.ingest.ScaleBenchmark WORKERS N[,N...] SOURCE...}
 */
public final class ScaleBenchmark {
    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int workers = Integer.parseInt(args[0]);
        List<Path> sources = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            try (Stream<Path> files = Files.walk(Path.of(args[i]))) {
                files.filter(Files::isRegularFile).filter(ScaleBenchmark::isPaper).sorted().forEach(sources::add);
            }
        }
        System.out.printf(Locale.ROOT, "max heap %d MB, %d source papers, %d worker(s)%n",
                Runtime.getRuntime().maxMemory() >> 20, sources.size(), workers);
        for (String n : args[1].split(",")) {
            run(Integer.parseInt(n), sources, workers);
        }
    }

    private static boolean isPaper(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".pdf") || name.endsWith(".xml") || name.endsWith(".md") || name.endsWith(".html")
                || name.endsWith(".txt") && !name.contains("license") && !name.contains("gold");
    }

    private static void run(int n, List<Path> sources, int workers) throws Exception {
        Path work = Files.createTempDirectory("litmine-scale-");
        try {
            Path in = Files.createDirectories(work.resolve("in"));
            List<Path> textual = sources.stream().filter(p -> {
                String s = p.toString();
                return s.endsWith(".md") || s.endsWith(".html") || s.endsWith(".txt");
            }).toList();
            int copied = 0;
            for (Path s : sources) {
                if (copied == n) {
                    break;
                }
                Files.copy(s, in.resolve(copied++ + "-" + s.getFileName()));
            }
            for (int v = 0; copied < n; v++, copied++) {
                Path s = textual.get(v % textual.size());
                Files.writeString(in.resolve("variant-" + v + "-" + s.getFileName()), variant(Files.readString(s), v),
                        StandardCharsets.UTF_8);
            }
            resetPeaks();
            long cpu = processCpuNanos();
            long t = System.nanoTime();
            IngestSummary summary = new IngestService().ingest(
                    new IngestRequest(List.of(in), new IndexLayout(work.resolve("index")), "DirectRunner", workers, null));
            double seconds = (System.nanoTime() - t) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
            // CPU seconds per paper do not depend on what else the machine runs: the flatness measure.
            System.out.printf(Locale.ROOT, "N=%d: %.1f s wall, %.3f s/paper wall, %.3f CPU-s/paper, %.2f papers/s, "
                    + "peak heap %d MB; %s%n", n, seconds, seconds / n, cpuSeconds / n, n / seconds, peakHeapMb(),
                    summary.describe());
        } finally {
            IngestThroughput.deleteTree(work);
        }
    }

    /** A distinct paper of the same length: a numbered line after the title, paragraphs rotated. */
    static String variant(String text, int v) {
        String[] paragraphs = text.split("\n\n");
        if (paragraphs.length < 4) {
            return text + "\n\nVariant " + v + ".\n";
        }
        // keep the first two paragraphs (title, authors) and everything from the references on
        int refs = paragraphs.length;
        for (int i = 0; i < paragraphs.length; i++) {
            if (paragraphs[i].toLowerCase(Locale.ROOT).matches("(?s)\\W*(references|bibliography)\\W*")) {
                refs = i;
                break;
            }
        }
        List<String> out = new ArrayList<>(List.of(paragraphs[0], "Variant " + v + " of this review."));
        int bodyStart = Math.min(2, refs);
        int bodyLength = refs - bodyStart;
        for (int i = 0; i < bodyLength; i++) {
            out.add(paragraphs[bodyStart + (i + v) % bodyLength]);
        }
        for (int i = refs; i < paragraphs.length; i++) {
            out.add(paragraphs[i]);
        }
        return String.join("\n\n", out);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }

}
