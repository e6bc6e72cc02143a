package io.litmine.bench.explain;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import io.litmine.annotators.AnnotatorConfig;
import io.litmine.annotators.LitmineAnnotations;
import io.litmine.annotators.PaperAnnotator;
import io.litmine.corpus.model.Claim;
import io.litmine.corpus.model.Mention;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A developer's look inside the claim annotator: each line of standard input (one sentence or paragraph)
 * through the paper pipeline, printing the gene and drug mentions, the enhanced++ graph of every sentence
 * the selective parse parsed, and the claims with their states:
 * <pre>bench/run io.litmine.bench.explain.ExplainClaims [--lexicon DIR] [--extractor union|syntax|rules] &lt; sentences.txt</pre>
 */
public final class ExplainClaims {

    private ExplainClaims() {
    }

    public static void main(String[] args) throws Exception {
        Path lexicon = null;
        String extractor = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--lexicon" -> lexicon = Path.of(args[i + 1]);
                case "--extractor" -> extractor = args[i + 1];
                default -> {
                    System.err.println("usage: ExplainClaims [--lexicon DIR] [--extractor union|syntax|rules] < sentences");
                    System.exit(2);
                }
            }
        }
        AnnotatorConfig config = lexicon == null ? AnnotatorConfig.defaults() : new AnnotatorConfig(lexicon);
        Properties props = PaperAnnotator.properties(config);
        if (extractor != null) {
            props.setProperty("claims.extractor", extractor);
        }
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (!line.isBlank()) {
                explain(pipeline, line.strip(), out);
            }
        }
    }

    private static void explain(StanfordCoreNLP pipeline, String text, PrintStream out) {
        Annotation doc = new Annotation(text);
        doc.set(LitmineAnnotations.ReferencesAnnotation.class, List.of());
        pipeline.annotate(doc);
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            out.println("== " + s.get(CoreAnnotations.TextAnnotation.class));
            List<Mention> mentions = new ArrayList<>(s.get(LitmineAnnotations.GeneMentionsAnnotation.class));
            mentions.addAll(s.get(LitmineAnnotations.DrugMentionsAnnotation.class));
            StringBuilder m = new StringBuilder("   mentions:");
            mentions.stream().sorted((a, b) -> Integer.compare(a.start(), b.start()))
                    .forEach(x -> m.append(' ').append(x.text()).append('[').append(x.type()).append(':').append(x.name()).append(']'));
            out.println(m);
            SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            if (graph == null) {
                out.println("   (not parsed)");
            } else {
                for (String edge : graph.toList().split("\n")) {
                    out.println("   | " + edge);
                }
            }
            for (Claim c : s.get(LitmineAnnotations.ClaimsAnnotation.class)) {
                out.printf("   claim: %s%s [%s] %s%s%s %s [%s]%s -> net %s%n",
                        c.subjectState() == null ? "" : "(" + c.subjectState() + ") ", c.subject(), c.subjectId(),
                        c.negated() ? "NOT " : "", c.hedged() ? "MAYBE " : "", c.relation(),
                        c.objectState() == null ? c.object() : "(" + c.objectState() + ") " + c.object(), c.objectId(),
                        "", c.netRelation());
            }
        }
    }
}
