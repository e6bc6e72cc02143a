package io.litmine.bench.relations;

import io.litmine.annotators.AnnotatorConfig;
import io.litmine.annotators.PaperAnnotator;
import io.litmine.annotators.lexicon.importing.ImportSummary;
import io.litmine.annotators.lexicon.importing.LexiconImporter;
import io.litmine.corpus.files.FileTrees;
import io.litmine.corpus.model.AnnotatedPaper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * ChemProt dev and BioRED dev relation scores in one process, the same figures as the reference
 * route (make_relation_input.py → litmine ingest → export → score_relations.py) without files or an
 * index:
 * <pre>bench/run io.litmine.bench.relations.RelationEvaluation ../shared chemprot|biored [--lexicon DIR] [--errors N] [--write DIR]</pre>
 * The corpus is read and turned into the script's texts ({@link ChemProtCorpus}, {@link BioredCorpus}),
 * annotated with the real {@link PaperAnnotator} ({@link RelationPapers}) and scored with the script's
 * rules ({@link ChemProtScorer}, {@link BioredScorer}); the report ends with the script's JSON line.
 * Without {@code --lexicon} the full lexicon is first imported from the shared HGNC and DrugBank copies
 * into a temporary folder, as {@code litmine lexicon import} would. {@code --errors N} prints N missed
 * gold pairs (BioRED: and N false pairs) with their sentences and claims; {@code --write DIR} writes
 * the scored claims and papers as the JSONL export (and the ChemProt key) for the script.
 */
public final class RelationEvaluation {

    private static final String USAGE = "usage: RelationEvaluation SHARED_DIR chemprot|biored [--lexicon DIR] [--errors N] [--write DIR]";

    private RelationEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        List<String> a = Arrays.asList(args);
        if (args.length < 2 || !List.of("chemprot", "biored").contains(args[1])) {
            usage();
        }
        RelationData data = new RelationData(Path.of(args[0]));
        if (!data.present()) {
            System.err.println("relation gold sets or lexicon sources missing under " + data.shared().toAbsolutePath());
            System.exit(2);
        }
        String lexiconArg = option(a, "--lexicon");
        String errorsArg = option(a, "--errors");
        String writeArg = option(a, "--write");
        int errors = 0;
        try {
            errors = errorsArg == null ? 0 : Integer.parseInt(errorsArg);
        } catch (NumberFormatException e) {
            usage();
        }
        Path lexicon = lexiconArg != null ? Path.of(lexiconArg) : importLexicon(data);
        try {
            long t0 = System.nanoTime();
            PaperAnnotator annotator = new PaperAnnotator(new AnnotatorConfig(lexicon));
            System.out.printf(Locale.ROOT, "annotator built in %.1f s (lexicon %s)%n", seconds(t0), lexicon);
            if (args[1].equals("chemprot")) {
                chemProt(data, annotator, errors, writeArg == null ? null : Path.of(writeArg));
            } else {
                biored(data, annotator, errors, writeArg == null ? null : Path.of(writeArg));
            }
        } finally {
            if (lexiconArg == null) {
                FileTrees.delete(lexicon);
            }
        }
    }

    private static void chemProt(RelationData data, PaperAnnotator annotator, int errors, Path write) throws Exception {
        ChemProtCorpus corpus = ChemProtCorpus.read(data.chemProtDev());
        List<RelationText> texts = corpus.texts();
        List<AnnotatedPaper> papers = timedAnnotate("ChemProt dev", texts, annotator);
        ChemProtScore score = ChemProtScorer.score(corpus, papers);
        System.out.println(score.report());
        if (errors > 0) {
            System.out.println(RelationErrors.chemProt(score, errors));
        }
        if (write != null) {
            ScoredExport.write(papers, write);
            ScoredExport.writeKey(corpus, write);
            System.out.println("wrote " + write.resolve("claims.jsonl") + ", papers.jsonl and key.jsonl");
        }
    }

    private static void biored(RelationData data, PaperAnnotator annotator, int errors, Path write) throws Exception {
        BioredCorpus corpus = BioredCorpus.read(data.bioredDev());
        List<AnnotatedPaper> papers = timedAnnotate("BioRED dev", corpus.texts(), annotator);
        BioredScore score = BioredScorer.score(corpus, papers);
        System.out.println(score.report());
        if (errors > 0) {
            System.out.println(RelationErrors.biored(score, corpus, papers, errors));
        }
        if (write != null) {
            ScoredExport.write(papers, write);
            System.out.println("wrote " + write.resolve("claims.jsonl") + " and papers.jsonl");
        }
    }

    private static List<AnnotatedPaper> timedAnnotate(String what, List<RelationText> texts, PaperAnnotator annotator) throws Exception {
        long t0 = System.nanoTime();
        List<AnnotatedPaper> papers = RelationPapers.annotate(texts, annotator);
        double s = seconds(t0);
        long chars = texts.stream().mapToLong(t -> t.text().length()).sum();
        System.out.printf(Locale.ROOT, "%s: %d texts, %d chars, %d claims annotated in %.1f s (%.0f chars/s)%n", what, texts.size(),
                chars, papers.stream().mapToLong(p -> p.claims().size()).sum(), s, chars / s);
        return papers;
    }

    private static Path importLexicon(RelationData data) throws Exception {
        Path lexicon = Files.createTempDirectory("litmine-lexicon-");
        long t0 = System.nanoTime();
        ImportSummary summary = new LexiconImporter().importInto(data.hgnc(), data.drugbank(), lexicon);
        System.out.printf(Locale.ROOT, "import: %.1f s%n%s%n", seconds(t0), summary.describe());
        return lexicon;
    }

    private static String option(List<String> args, String name) {
        int at = args.indexOf(name);
        if (at < 0) {
            return null;
        }
        if (at + 1 >= args.size()) {
            usage();
        }
        return args.get(at + 1);
    }

    private static void usage() {
        System.err.println(USAGE);
        System.exit(2);
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
