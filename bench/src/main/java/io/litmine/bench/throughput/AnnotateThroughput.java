package io.litmine.bench.throughput;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.litmine.annotators.AnnotatorConfig;
import io.litmine.annotators.PaperAnnotator;
import io.litmine.corpus.extract.PaperExtractor;
import io.litmine.corpus.model.Paper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The full annotate stage (tokenize, ssplit, pos, lemma, citations, genes, drugs, the selective parse,
 * claims, and the reference-title tagging) against two baselines on the same papers' bodies in the same
 * run: {@code tokenize,ssplit,pos,lemma} alone, and {@code tokenize,ssplit,pos,lemma,depparse} parsing
 * every sentence. Warm-up rounds first, then timed rounds alternating the three; the result as
 * characters per second and the ratios full / pos (the claims issue asks ≥ 0.35) and full / parse-all
 * (≥ 2).
 *
 * <p>{@code bench/run io.litmine.bench.throughput.AnnotateThroughput ROUNDS [--lexicon DIR] PATH...}
 * (files or folders; without {@code --lexicon} the built-in lexicon).
 */
public final class AnnotateThroughput {

    private AnnotateThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        List<Paper> papers = new ArrayList<>();
        PaperExtractor extractor = new PaperExtractor();
        int first = 1;
        Path lexicon = null;
        if (args.length > 2 && args[1].equals("--lexicon")) {
            lexicon = Path.of(args[2]);
            first = 3;
        }
        for (int i = first; i < args.length; i++) {
            try (Stream<Path> files = Files.walk(Path.of(args[i]))) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    papers.add(extractor.extract(f));
                }
            }
        }
        long chars = papers.stream().mapToLong(p -> p.body().length()).sum();
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        StanfordCoreNLP baseline = new StanfordCoreNLP(props);
        Properties parseProps = new Properties();
        parseProps.putAll(props);
        parseProps.setProperty("annotators", "tokenize,ssplit,pos,lemma,depparse");
        StanfordCoreNLP parseAll = new StanfordCoreNLP(parseProps);
        PaperAnnotator full = new PaperAnnotator(new AnnotatorConfig(lexicon));
        for (int w = 0; w < 2; w++) {
            runBaseline(baseline, papers);
            runFull(full, papers);
            runBaseline(parseAll, papers);
        }
        long baseNanos = 0;
        long fullNanos = 0;
        long parseNanos = 0;
        for (int r = 0; r < rounds; r++) {
            baseNanos += runBaseline(baseline, papers);
            fullNanos += runFull(full, papers);
            parseNanos += runBaseline(parseAll, papers);
        }
        double baseRate = chars * rounds / (baseNanos / 1e9);
        double fullRate = chars * rounds / (fullNanos / 1e9);
        double parseRate = chars * rounds / (parseNanos / 1e9);
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "papers=%d chars=%d rounds=%d lexicon=%s extractor=%s%n", papers.size(), chars, rounds,
                lexicon == null ? "built-in" : lexicon, AnnotatorConfig.defaults().claimExtractor());
        System.out.printf(Locale.ROOT, "baseline tokenize,ssplit,pos,lemma:          %.0f chars/s%n", baseRate);
        System.out.printf(Locale.ROOT, "tokenize,ssplit,pos,lemma,depparse (all):    %.0f chars/s%n", parseRate);
        System.out.printf(Locale.ROOT, "full annotate stage (selective parse):       %.0f chars/s%n", fullRate);
        System.out.printf(Locale.ROOT, "selective parse: %d of %d sentences parsed (%.1f %%)%n", full.parsedSentences(),
                full.allSentences(), 100.0 * full.parsedSentences() / Math.max(1, full.allSentences()));
        System.out.printf(Locale.ROOT, "ratio full/pos %.3f, full/parse-all %.2f, parse-all/pos %.3f; max heap %d MB, used now %d MB%n",
                fullRate / baseRate, fullRate / parseRate, parseRate / baseRate, rt.maxMemory() >> 20,
                (rt.totalMemory() - rt.freeMemory()) >> 20);
    }

    private static long runBaseline(StanfordCoreNLP pipeline, List<Paper> papers) {
        long t = System.nanoTime();
        for (Paper p : papers) {
            pipeline.annotate(new Annotation(p.body()));
        }
        return System.nanoTime() - t;
    }

    private static long runFull(PaperAnnotator annotator, List<Paper> papers) {
        long t = System.nanoTime();
        for (Paper p : papers) {
            annotator.annotate(p);
        }
        return System.nanoTime() - t;
    }
}
