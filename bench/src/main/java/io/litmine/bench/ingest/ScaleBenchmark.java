package io.litmine.bench.ingest;

import io.litmine.pipeline.ingest.IndexLayout;
import io.litmine.pipeline.ingest.IngestRequest;
import io.litmine.pipeline.ingest.IngestService;
import io.litmine.pipeline.ingest.IngestSummary;
import java.io.IOException;
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
 * fresh index, for each N asked (e.g. 200 and 2000), each N the head of one shuffled pool so that
 * every N has the same mix of long real papers and short variants; reports time, wall and CPU
 * seconds per paper, and peak heap.
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
        String[] sizes = args[1].split(",");
        for (String n : sizes) {
            maxN = Math.max(maxN, Integer.parseInt(n));
        }
        for (String n : sizes) {
            run(Integer.parseInt(n), sources, workers);
        }
    }

    private static boolean isPaper(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".pdf") || name.endsWith(".xml") || name.endsWith(".md") || name.endsWith(".html")
                || name.endsWith(".txt") && !name.contains("license") && !name.contains("gold");
    }

    private static int maxN;

    /** The real papers and numbered variants of the text ones, {@code size} in all, shuffled with a fixed seed. */
    private static List<Path> pool(List<Path> sources, List<Path> textual, int size, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> pool = new ArrayList<>();
        for (int i = 0; i < sources.size() && pool.size() < size; i++) {
            Path copy = dir.resolve(i + "-" + sources.get(i).getFileName());
            Files.copy(sources.get(i), copy);
            pool.add(copy);
        }
        for (int v = 0; pool.size() < size; v++) {
            Path s = textual.get(v % textual.size());
            Path variant = dir.resolve("variant-" + v + "-" + s.getFileName());
            Files.writeString(variant, variant(Files.readString(s), v), StandardCharsets.UTF_8);
            pool.add(variant);
        }
        java.util.Collections.shuffle(pool, new java.util.Random(2000));
        return pool;
    }

    private static void run(int n, List<Path> sources, int workers) throws Exception {
        Path work = Files.createTempDirectory("litmine-scale-");
        try {
            Path in = Files.createDirectories(work.resolve("in"));
            List<Path> textual = sources.stream().filter(p -> {
                String s = p.toString();
                return s.endsWith(".md") || s.endsWith(".html") || s.endsWith(".txt");
            }).toList();
            // One pool for every N: the real papers plus variants up to the largest N, in a fixed
            // shuffled order; N takes its head, so 200 and 2000 have the same mix in expectation.
            List<Path> pool = pool(sources, textual, maxN, work.resolve("pool"));
            for (Path p : pool.subList(0, n)) {
                Files.createLink(in.resolve(p.getFileName()), p);
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
