package io.litmine.bench.ingest;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.litmine.corpus.extract.ExtractionException;
import io.litmine.corpus.extract.PaperExtractor;
import io.litmine.corpus.files.FileTrees;
import io.litmine.corpus.model.Paper;
import io.litmine.pipeline.ingest.IndexLayout;
import io.litmine.pipeline.ingest.IngestRequest;
import io.litmine.pipeline.ingest.IngestService;
import io.litmine.pipeline.ingest.IngestSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * End-to-end ingest (extract → annotate → index, the real Beam pipeline on the DirectRunner) with 1
 * and 2 workers, beside bare CoreNLP {@code tokenize,ssplit,pos,lemma} on the same papers' body text
 * in the same run. Tokens are counted once by the baseline and used for every rate.
 *
 * <p>{@code bench/run io.litmine.bench.ingest.IngestThroughput PATH...} (files or folders of papers).
 */
public final class IngestThroughput {
    private IngestThroughput() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> inputs = new ArrayList<>();
        for (String arg : args) {
            inputs.add(Path.of(arg));
        }
        List<String> bodies = bodies(inputs);
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        StanfordCoreNLP baseline = new StanfordCoreNLP(props);
        baselineRun(baseline, bodies); // warm-up: JIT and model pages
        long t0 = System.nanoTime();
        long tokens = baselineRun(baseline, bodies);
        double baseSeconds = (System.nanoTime() - t0) / 1e9;

        Result one = ingest(inputs, 1);
        Result two = ingest(inputs, 2);
        double baseRate = tokens / baseSeconds;
        System.out.printf(Locale.ROOT, "papers=%d tokens=%d%n", bodies.size(), tokens);
        System.out.printf(Locale.ROOT, "baseline tokenize,ssplit,pos,lemma (1 thread): %.1f s, %.0f tokens/s%n", baseSeconds, baseRate);
        for (Result r : List.of(one, two)) {
            System.out.printf(Locale.ROOT, "end to end, %d worker(s): %.1f s, %.2f papers/s, %.0f tokens/s, %.2f x baseline (%s)%n",
                    r.workers, r.seconds, r.papers / r.seconds, tokens / r.seconds, tokens / r.seconds / baseRate, r.summary);
        }
        System.out.printf(Locale.ROOT, "speed-up 1 -> 2 workers: %.2f x%n", one.seconds / two.seconds);
    }

    private record Result(int workers, double seconds, long papers, String summary) {
    }

    private static Result ingest(List<Path> inputs, int workers) throws Exception {
        Path root = Files.createTempDirectory("litmine-throughput-");
        try {
            long t = System.nanoTime();
            IngestSummary summary = new IngestService().ingest(
                    new IngestRequest(inputs, new IndexLayout(root), "DirectRunner", workers, null));
            return new Result(workers, (System.nanoTime() - t) / 1e9, summary.papers(), summary.describe());
        } finally {
            deleteTree(root);
        }
    }

    /** The body text of every paper the extractor can read: what the annotators see. */
    static List<String> bodies(List<Path> inputs) throws IOException {
        PaperExtractor extractor = new PaperExtractor();
        List<String> bodies = new ArrayList<>();
        for (Path input : inputs) {
            try (Stream<Path> files = Files.walk(input)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    try {
                        Paper paper = extractor.extract(f);
                        bodies.add(paper.body());
                    } catch (ExtractionException e) {
                        System.err.println("skipped " + f + ": " + e.getMessage());
                    }
                }
            }
        }
        return bodies;
    }

    private static long baselineRun(StanfordCoreNLP pipeline, List<String> bodies) {
        long tokens = 0;
        for (String body : bodies) {
            Annotation a = new Annotation(body);
            pipeline.annotate(a);
            tokens += a.get(CoreAnnotations.TokensAnnotation.class).size();
        }
        return tokens;
    }

    static void deleteTree(Path root) throws IOException {
        FileTrees.delete(root);
    }
}
