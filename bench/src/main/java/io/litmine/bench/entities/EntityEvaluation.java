package io.litmine.bench.entities;

import io.litmine.annotators.AnnotatorConfig;
import io.litmine.annotators.gene.model.GeneModelTrainer;
import io.litmine.annotators.lexicon.Lexicon;
import io.litmine.annotators.lexicon.importing.ImportSummary;
import io.litmine.annotators.lexicon.importing.LexiconImporter;
import io.litmine.annotators.tag.EntityTagger;
import io.litmine.corpus.model.EntityType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Scores the gene/drug tagger ({@code litmine tag}'s {@link EntityTagger}) on the public gold sets
 * and the seed review, and prints the figures:
 * <pre>bench/run io.litmine.bench.entities.EntityEvaluation ../shared [--lexicon DIR] [--model DIR|--train] [--diagnostics]</pre>
 * Without {@code --lexicon} it first imports the full lexicon from the shared HGNC and DrugBank
 * copies into a temporary folder (timed), as a user's {@code litmine lexicon import} would. With
 * {@code --model DIR} (a gene model folder) or {@code --train} (train one on BC2GM train into a
 * temporary folder first, timed, as {@code litmine model train-genes} would) the sets are scored
 * again with the full lexicon and the model.
 */
public final class EntityEvaluation {

    private EntityEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: EntityEvaluation SHARED_DIR [--lexicon DIR] [--model DIR|--train] [--diagnostics]");
            System.exit(2);
        }
        EvaluationData data = new EvaluationData(Path.of(args[0]));
        if (!data.present()) {
            System.err.println("gold data or lexicon sources missing under " + data.shared().toAbsolutePath());
            System.exit(2);
        }
        int at = Arrays.asList(args).indexOf("--lexicon");
        boolean diagnostics = Arrays.asList(args).contains("--diagnostics");
        Path lexicon;
        if (at >= 0) {
            lexicon = Path.of(args[at + 1]);
        } else {
            lexicon = Files.createTempDirectory("litmine-lexicon-");
            long t0 = System.nanoTime();
            ImportSummary summary = new LexiconImporter().importInto(data.hgnc(), data.drugbank(), lexicon);
            System.out.printf(Locale.ROOT, "import: %.1f s%n%s%n", (System.nanoTime() - t0) / 1e9, summary.describe());
        }
        Path model = null;
        int modelAt = Arrays.asList(args).indexOf("--model");
        if (modelAt >= 0) {
            model = Path.of(args[modelAt + 1]);
        } else if (Arrays.asList(args).contains("--train")) {
            model = Files.createTempDirectory("litmine-model-");
            System.out.println(new GeneModelTrainer(Lexicon.load(EntityType.GENE, lexicon)).train(data.bc2gmTrain(), model).describe());
        }
        long t0 = System.nanoTime();
        EntityTagger builtIn = new EntityTagger(AnnotatorConfig.defaults());
        EntityTagger full = new EntityTagger(new AnnotatorConfig(lexicon));
        System.out.printf(Locale.ROOT, "taggers built in %.1f s%n", (System.nanoTime() - t0) / 1e9);

        for (var entry : new Object[][] {{"built-in", builtIn}, {"full", full}}) {
            SeedScore seed = SeedScore.of(data.seedEntities(), (EntityTagger) entry[1]);
            System.out.printf(Locale.ROOT, "seed (%s lexicon): genes %s norm=%.4f; drugs %s norm=%.4f%n", entry[0],
                    seed.genes(), seed.geneNormAccuracy(), seed.drugs(), seed.drugNormAccuracy());
            if (diagnostics) {
                System.out.println(seed.diagnostics().top(25));
            }
        }
        report("BC2GM devel genes (full lexicon)", IobScore.of(IobSentence.read(data.bc2gmDevel()), full, EntityType.GENE), diagnostics);
        report("BC5CDR devel chemicals (full lexicon)",
                IobScore.of(IobSentence.read(data.bc5cdrChemicalDevel()), full, EntityType.DRUG), diagnostics);
        PubtatorScore cdr = PubtatorScore.of(data.cdrSample(), full, EntityType.DRUG);
        System.out.printf(Locale.ROOT, "CDR sample chemicals (full lexicon): %s; norm accuracy=%.4f (%d/%d)%n",
                cdr.prf(), cdr.normAccuracy(), cdr.normRight(), cdr.normMatched());
        if (diagnostics) {
            System.out.println(cdr.diagnostics().top(30));
        }
        if (model != null) {
            scoreWithModel(data, lexicon, model, diagnostics);
        }
    }

    private static void scoreWithModel(EvaluationData data, Path lexicon, Path model, boolean diagnostics) throws Exception {
        EntityTagger tagger = new EntityTagger(new AnnotatorConfig(lexicon, model));
        SeedScore seed = SeedScore.of(data.seedEntities(), tagger);
        System.out.printf(Locale.ROOT, "seed (full lexicon + model): genes %s norm=%.4f; drugs %s norm=%.4f%n",
                seed.genes(), seed.geneNormAccuracy(), seed.drugs(), seed.drugNormAccuracy());
        if (diagnostics) {
            System.out.println(seed.diagnostics().top(25));
        }
        report("BC2GM devel genes (full lexicon + model)",
                IobScore.of(IobSentence.read(data.bc2gmDevel()), tagger, EntityType.GENE), diagnostics);
        report("BC5CDR devel chemicals (full lexicon + model)",
                IobScore.of(IobSentence.read(data.bc5cdrChemicalDevel()), tagger, EntityType.DRUG), false);
        PubtatorScore cdr = PubtatorScore.of(data.cdrSample(), tagger, EntityType.DRUG);
        System.out.printf(Locale.ROOT, "CDR sample chemicals (full lexicon + model): %s%n", cdr.prf());
    }

    private static void report(String what, IobScore score, boolean diagnostics) {
        System.out.printf(Locale.ROOT, "%s: %s misaligned=%d%n", what, score.prf(), score.misaligned());
        if (diagnostics) {
            System.out.println(score.diagnostics().top(60));
        }
    }
}
