package io.litmine.bench.entities;

import io.litmine.annotators.AnnotatorConfig;
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
 * <pre>bench/run io.litmine.bench.entities.EntityEvaluation ../shared [--lexicon DIR] [--diagnostics]</pre>
 * Without {@code --lexicon} it first imports the full lexicon from the shared HGNC and DrugBank
 * copies into a temporary folder (timed), as a user's {@code litmine lexicon import} would.
 */
public final class EntityEvaluation {

    private EntityEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: EntityEvaluation SHARED_DIR [--lexicon DIR] [--diagnostics]");
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
    }

    private static void report(String what, IobScore score, boolean diagnostics) {
        System.out.printf(Locale.ROOT, "%s: %s misaligned=%d%n", what, score.prf(), score.misaligned());
        if (diagnostics) {
            System.out.println(score.diagnostics().top(60));
        }
    }
}
