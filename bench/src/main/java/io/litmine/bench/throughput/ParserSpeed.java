package io.litmine.bench.throughput;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import io.litmine.annotators.parse.NeuralDependencyParser;
import io.litmine.corpus.extract.PaperExtractor;
import io.litmine.corpus.model.Paper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * CoreNLP's {@code DependencyParser.predict} against {@link NeuralDependencyParser#parse} on the same
 * tagged sentences (at most 80 tokens, as the selective parse takes), in the same JVM: one warm-up
 * round of each, then timed rounds alternating the two; reports sentences per second, the ratio, and
 * how many trees are identical (they must all be).
 *
 * <p>{@code bench/run io.litmine.bench.throughput.ParserSpeed ROUNDS PATH...} (files or folders of papers).
 */
public final class ParserSpeed {

    private static final int MAX_TOKENS = 80;

    private ParserSpeed() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        PaperExtractor extractor = new PaperExtractor();
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        StanfordCoreNLP tagger = new StanfordCoreNLP(props);
        List<CoreMap> sentences = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            try (Stream<Path> files = Files.walk(Path.of(args[i]))) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    Paper paper = extractor.extract(f);
                    Annotation doc = new Annotation(paper.body());
                    tagger.annotate(doc);
                    doc.get(CoreAnnotations.SentencesAnnotation.class).stream()
                            .filter(s -> s.get(CoreAnnotations.TokensAnnotation.class).size() <= MAX_TOKENS)
                            .forEach(sentences::add);
                }
            }
        }
        DependencyParser coreNlp = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
        NeuralDependencyParser fast = NeuralDependencyParser.load(new Properties());
        List<String> expected = parseAll(sentences, coreNlp::predict);
        List<String> actual = parseAll(sentences, fast::parse);
        long same = 0;
        for (int i = 0; i < expected.size(); i++) {
            same += expected.get(i).equals(actual.get(i)) ? 1 : 0;
        }
        long coreNanos = 0;
        long fastNanos = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            parseAll(sentences, coreNlp::predict);
            long t1 = System.nanoTime();
            parseAll(sentences, fast::parse);
            long t2 = System.nanoTime();
            coreNanos += t1 - t0;
            fastNanos += t2 - t1;
        }
        long tokens = sentences.stream().mapToLong(s -> s.get(CoreAnnotations.TokensAnnotation.class).size()).sum();
        System.out.printf(Locale.ROOT, "sentences=%d tokens=%d rounds=%d%n", sentences.size(), tokens, rounds);
        System.out.printf(Locale.ROOT, "CoreNLP DependencyParser.predict:   %.1f sentences/s%n", sentences.size() * rounds / (coreNanos / 1e9));
        System.out.printf(Locale.ROOT, "NeuralDependencyParser.parse:       %.1f sentences/s%n", sentences.size() * rounds / (fastNanos / 1e9));
        System.out.printf(Locale.ROOT, "speed-up %.2f; identical trees %d of %d%n", (double) coreNanos / fastNanos, same, sentences.size());
    }

    private static List<String> parseAll(List<CoreMap> sentences, Function<CoreMap, GrammaticalStructure> parser) {
        List<String> trees = new ArrayList<>(sentences.size());
        for (CoreMap s : sentences) {
            trees.add(parser.apply(s).typedDependencies().toString());
        }
        return trees;
    }
}
