package io.litmine.bench.entities;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.litmine.annotators.AnnotatorConfig;
import io.litmine.annotators.drug.DrugAnnotator;
import io.litmine.annotators.gene.GeneAnnotator;
import io.litmine.annotators.model.ModelChoice;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Cost of the gene and drug annotators on top of {@code tokenize,ssplit,pos,lemma}, both measured
 * in this run on the same text:
 * <pre>bench/run io.litmine.bench.entities.EntityThroughputBenchmark ../shared [LEXICON_DIR|-] [ROUNDS] [MODEL_DIR|builtin]</pre>
 * Text: the BC5CDR chemical devel sentences, grouped 20 to a document. After one warm-up of each
 * pipeline, every round annotates each document with each pipeline in turn; times are the
 * annotating thread's CPU seconds. Other work shares the cores, so the figure is
 * the median over rounds of each round's own ratio (both halves of a round see similar load),
 * with the ratio of the fastest times beside it. A third pipeline, baseline + genes and drugs with
 * their models (the shipped ones, or those of MODEL_DIR), runs in each round too.
 */
public final class EntityThroughputBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private EntityThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        EvaluationData data = new EvaluationData(Path.of(args[0]));
        Path lexicon = args.length > 1 && !args[1].equals("-") ? Path.of(args[1]) : null;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        ModelChoice model = ModelChoice.parse(args.length > 3 ? args[3] : "builtin");
        List<String> documents = documents(IobSentence.read(data.bc5cdrChemicalDevel()), 20);
        long chars = documents.stream().mapToLong(String::length).sum();

        StanfordCoreNLP baseline = new StanfordCoreNLP(props("tokenize,ssplit,pos,lemma", lexicon, ModelChoice.NONE));
        StanfordCoreNLP entities = new StanfordCoreNLP(props("tokenize,ssplit,pos,lemma,genes,drugs,overlaps", lexicon, ModelChoice.NONE));
        // Separate annotator names keep CoreNLP's annotator pool from sharing the model-less annotators.
        StanfordCoreNLP withModel = new StanfordCoreNLP(props("tokenize,ssplit,pos,lemma,genesm,drugsm,overlaps", lexicon, model));
        run(baseline, documents);
        run(entities, documents);
        run(withModel, documents);
        double[] base = new double[rounds];
        double[] withEntities = new double[rounds];
        double[] modelled = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            double[] round = interleaved(documents, baseline, entities, withModel);
            base[r] = round[0];
            withEntities[r] = round[1];
            modelled[r] = round[2];
        }
        double[] ratios = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            ratios[r] = (withEntities[r] - base[r]) / base[r];
        }
        double b = Arrays.stream(base).min().orElseThrow();
        double e = Arrays.stream(withEntities).min().orElseThrow();
        System.out.printf(Locale.ROOT, "text: %d documents, %d chars; lexicon: %s; rounds: %d%n", documents.size(), chars,
                lexicon == null ? "built-in" : lexicon, rounds);
        System.out.printf(Locale.ROOT, "tokenize,ssplit,pos,lemma: fastest %.2f s (%s)%n", b, Arrays.toString(base));
        System.out.printf(Locale.ROOT, "+ genes,drugs:             fastest %.2f s (%s)%n", e, Arrays.toString(withEntities));
        System.out.printf(Locale.ROOT, "added cost: median of per-round ratios %.1f%%, fastest vs fastest %.1f%% of the baseline%n",
                100 * median(ratios), 100 * (e - b) / b);
        {
            double[] modelRatios = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                modelRatios[r] = (modelled[r] - base[r]) / base[r];
            }
            double m = Arrays.stream(modelled).min().orElseThrow();
            System.out.printf(Locale.ROOT, "+ genes,drugs (models %s): fastest %.2f s (%s)%n", model.spec(), m, Arrays.toString(modelled));
            System.out.printf(Locale.ROOT, "added cost with the model: median of per-round ratios %.1f%%, fastest vs fastest %.1f%%%n",
                    100 * median(modelRatios), 100 * (m - b) / b);
        }
    }

    private static Properties props(String annotators, Path lexicon, ModelChoice model) {
        Properties props = new Properties();
        props.setProperty("annotators", annotators);
        props.setProperty("customAnnotatorClass.genes", GeneAnnotator.class.getName());
        props.setProperty("customAnnotatorClass.genesm", GeneAnnotator.class.getName());
        props.setProperty("customAnnotatorClass.drugs", DrugAnnotator.class.getName());
        props.setProperty("customAnnotatorClass.drugsm", DrugAnnotator.class.getName());
        props.setProperty("customAnnotatorClass.overlaps", io.litmine.annotators.lexicon.MentionOverlapAnnotator.class.getName());
        new AnnotatorConfig(lexicon, model).addLexiconProperties(props);
        for (String name : List.of("genes", "drugs")) {
            props.stringPropertyNames().stream().filter(k -> k.startsWith(name + "."))
                    .toList().forEach(k -> props.setProperty(name + "m." + k.substring(name.length() + 1), props.getProperty(k)));
        }
        return props;
    }

    /**
     * Seconds of this thread's CPU time (all annotators run on the calling thread): unlike wall
     * time it does not grow when other processes take the shared cores, which made wall-time
     * rounds vary 2–3× on our machine.
     */
    private static double run(StanfordCoreNLP pipeline, List<String> documents) {
        long t0 = THREADS.getCurrentThreadCpuTime();
        for (String text : documents) {
            pipeline.annotate(new Annotation(text));
        }
        return Math.round((THREADS.getCurrentThreadCpuTime() - t0) / 1e7) / 100.0;
    }

    /**
     * One round: each document annotated by each pipeline in turn, CPU seconds summed per pipeline.
     * Interleaving document by document, not pipeline by pipeline, puts the three under the same
     * machine conditions: on our virtual machine a thread's CPU time for the same work drifts by up
     * to 50 % over a minute, which round-level alternation turned into ratios from -4 % to +25 %.
     */
    private static double[] interleaved(List<String> documents, StanfordCoreNLP... pipelines) {
        long[] nanos = new long[pipelines.length];
        for (String text : documents) {
            for (int p = 0; p < pipelines.length; p++) {
                long t0 = THREADS.getCurrentThreadCpuTime();
                pipelines[p].annotate(new Annotation(text));
                nanos[p] += THREADS.getCurrentThreadCpuTime() - t0;
            }
        }
        double[] seconds = new double[pipelines.length];
        for (int p = 0; p < pipelines.length; p++) {
            seconds[p] = Math.round(nanos[p] / 1e7) / 100.0;
        }
        return seconds;
    }

    private static List<String> documents(List<IobSentence> sentences, int perDocument) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i += perDocument) {
            StringBuilder doc = new StringBuilder();
            sentences.subList(i, Math.min(sentences.size(), i + perDocument)).forEach(s -> doc.append(s.text()).append('\n'));
            out.add(doc.toString());
        }
        return out;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
