package io.litmine.bench.entities;

import io.litmine.annotators.AnnotatorConfig;
import io.litmine.annotators.model.ModelChoice;
import io.litmine.annotators.lexicon.importing.ImportSummary;
import io.litmine.annotators.lexicon.importing.LexiconImporter;
import io.litmine.annotators.tag.EntityTagger;
import io.litmine.corpus.model.EntityType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Scores the gene/drug tagger ({@code litmine tag}'s {@link EntityTagger}) on the public gold sets
 * and the seed review, and prints the figures:
 * <pre>bench/run io.litmine.bench.entities.EntityEvaluation ../shared [--lexicon DIR] [--model DIR] [--diagnostics]</pre>
 * Without {@code --lexicon} it first imports the full lexicon from the shared HGNC and DrugBank
 * copies into a temporary folder (timed), as a user's {@code litmine lexicon import} would. Each
 * set is scored with and without the learned models: the shipped ones, or those of
 * {@code --model DIR} (as {@code litmine model train-genes|train-chemicals} write them).
 */
public final class EntityEvaluation {

    private EntityEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: EntityEvaluation SHARED_DIR [--lexicon DIR] [--model DIR] [--diagnostics]");
            System.exit(2);
        }
        EvaluationData data = new EvaluationData(Path.of(args[0]));
        if (!data.present()) {
            System.err.println("gold data or lexicon sources missing under " + data.shared().toAbsolutePath());
            System.exit(2);
        }
        List<String> options = Arrays.asList(args);
        boolean diagnostics = options.contains("--diagnostics");
        Path lexicon;
        if (options.contains("--lexicon")) {
            lexicon = Path.of(args[options.indexOf("--lexicon") + 1]);
        } else {
            lexicon = Files.createTempDirectory("litmine-lexicon-");
            long t0 = System.nanoTime();
            ImportSummary summary = new LexiconImporter().importInto(data.hgnc(), data.drugbank(), lexicon);
            System.out.printf(Locale.ROOT, "import: %.1f s%n%s%n", (System.nanoTime() - t0) / 1e9, summary.describe());
        }
        ModelChoice models = options.contains("--model")
                ? ModelChoice.folder(Path.of(args[options.indexOf("--model") + 1])) : ModelChoice.BUILT_IN;
        String modelName = models.dir() == null ? "shipped models" : "models of " + models.dir();
        long t0 = System.nanoTime();
        Map<String, EntityTagger> taggers = new LinkedHashMap<>();
        taggers.put("built-in lexicon, no model", new EntityTagger(new AnnotatorConfig(null, ModelChoice.NONE)));
        taggers.put("built-in lexicon + " + modelName + " (the default)", new EntityTagger(new AnnotatorConfig(null, models)));
        taggers.put("full lexicon, no model", new EntityTagger(new AnnotatorConfig(lexicon, ModelChoice.NONE)));
        EntityTagger full = new EntityTagger(new AnnotatorConfig(lexicon, models));
        taggers.put("full lexicon + " + modelName, full);
        taggers.put("full lexicon + " + modelName + ", model gene spans",
                new EntityTagger(new AnnotatorConfig(lexicon, models.withGeneSpans(ModelChoice.GeneSpans.MODEL))));
        System.out.printf(Locale.ROOT, "taggers built in %.1f s%n", (System.nanoTime() - t0) / 1e9);

        for (var entry : taggers.entrySet()) {
            SeedScore seed = SeedScore.of(data.seedEntities(), entry.getValue());
            System.out.printf(Locale.ROOT, "seed (%s): genes %s norm=%.4f; drugs %s norm=%.4f%n", entry.getKey(),
                    seed.genes(), seed.geneNormAccuracy(), seed.drugs(), seed.drugNormAccuracy());
            if (diagnostics) {
                System.out.println(seed.diagnostics().top(25));
            }
        }
        for (String name : List.of("full lexicon, no model", "full lexicon + " + modelName,
                "full lexicon + " + modelName + ", model gene spans")) {
            EntityTagger tagger = taggers.get(name);
            report("BC2GM devel genes (" + name + ")", IobScore.of(IobSentence.read(data.bc2gmDevel()), tagger, EntityType.GENE),
                    diagnostics);
            report("BC5CDR devel chemicals (" + name + ")",
                    IobScore.of(IobSentence.read(data.bc5cdrChemicalDevel()), tagger, EntityType.DRUG), diagnostics);
        }
        PubtatorScore dev = PubtatorScore.of(data.bc5cdrDevelopmentPubtator(), full, EntityType.DRUG);
        System.out.printf(Locale.ROOT, "BC5CDR development PubTator chemicals (full lexicon + %s): %s; MeSH accuracy=%.4f (%d/%d)%n",
                modelName, dev.prf(), dev.normAccuracy(), dev.normRight(), dev.normMatched());
        if (diagnostics) {
            System.out.println(dev.diagnostics().top(30));
        }
        PubtatorScore cdr = PubtatorScore.of(data.cdrSample(), full, EntityType.DRUG);
        System.out.printf(Locale.ROOT, "CDR sample chemicals (full lexicon + %s): %s; MeSH accuracy=%.4f (%d/%d)%n",
                modelName, cdr.prf(), cdr.normAccuracy(), cdr.normRight(), cdr.normMatched());
    }

    private static void report(String what, IobScore score, boolean diagnostics) {
        System.out.printf(Locale.ROOT, "%s: %s misaligned=%d%n", what, score.prf(), score.misaligned());
        if (diagnostics) {
            System.out.println(score.diagnostics().top(60));
        }
    }
}
