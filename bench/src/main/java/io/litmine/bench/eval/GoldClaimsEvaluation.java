package io.litmine.bench.eval;

import io.litmine.annotators.lexicon.importing.ImportSummary;
import io.litmine.annotators.lexicon.importing.LexiconImportException;
import io.litmine.annotators.lexicon.importing.LexiconImporter;
import io.litmine.corpus.files.FileTrees;
import io.litmine.pipeline.cli.LitmineCli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hand-labelled claim gold of six JATS papers, end to end through the real command line: copy
 * exactly the papers the gold names into a fresh folder, {@code litmine ingest} them with the full
 * lexicon, {@code litmine export --what claims --format jsonl}, and score the export as
 * {@code score_claims.py CLAIMS.jsonl ../shared/gold/claims} does ({@link GoldClaimsScore}):
 * <pre>bench/run io.litmine.bench.eval.GoldClaimsEvaluation ../shared [--lexicon DIR] [--errors N]</pre>
 * Without {@code --lexicon} the full lexicon is first imported from the shared HGNC and DrugBank copies
 * into a temporary folder, as {@code litmine lexicon import} would. The report has the script's lines and
 * ends with its JSON line; {@code --errors N} then lists N false negatives and N false positives with
 * their sentences. The export is kept (its path is printed) so the script can be run on it.
 */
public final class GoldClaimsEvaluation {

    private static final Logger LOG = LoggerFactory.getLogger(GoldClaimsEvaluation.class);
    private static final String USAGE = "usage: GoldClaimsEvaluation SHARED_DIR [--lexicon DIR] [--errors N]";

    private GoldClaimsEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        List<String> a = Arrays.asList(args);
        if (args.length < 1 || args[0].startsWith("--")) {
            usage();
        }
        String lexiconArg = option(a, "--lexicon");
        String errorsArg = option(a, "--errors");
        int errors = 0;
        try {
            errors = errorsArg == null ? 0 : Integer.parseInt(errorsArg);
        } catch (NumberFormatException e) {
            usage();
        }
        GoldClaimsData data = new GoldClaimsData(Path.of(args[0]));
        if (!data.present()) {
            System.err.println("claim gold or lexicon sources missing under " + data.shared().toAbsolutePath());
            System.exit(2);
        }
        try {
            run(data, lexiconArg == null ? null : Path.of(lexiconArg), errors);
        } catch (ClaimInputException e) {
            LOG.debug("scoring input", e);
            System.err.println("error: " + e.getMessage());
            System.exit(2);
        }
    }

    private static void run(GoldClaimsData data, Path lexiconArg, int errors) throws Exception {
        GoldClaims gold = GoldClaims.read(data.gold());
        Path lexicon = lexiconArg != null ? lexiconArg : importLexicon(data);
        Path work = Files.createTempDirectory("litmine-gold-claims-");
        Path export;
        try {
            export = exportClaims(data, gold, lexicon, work);
        } finally {
            if (lexiconArg == null) {
                FileTrees.delete(lexicon);
            }
        }
        System.out.println("claims export: " + export);
        GoldClaimsScore score = score(export, gold, data);
        System.out.println(score.report());
        if (errors > 0) {
            System.out.println(ClaimErrors.describe(score, errors));
        }
    }

    /**
     * Copies the gold's papers into {@code work}/papers, ingests them with {@code lexicon} into
     * {@code work}/index and writes {@code work}/claims.jsonl; the copies and the index are removed after.
     */
    public static Path exportClaims(GoldClaimsData data, GoldClaims gold, Path lexicon, Path work)
            throws IOException, ClaimInputException {
        Path papers = Files.createDirectories(work.resolve("papers"));
        for (String doc : gold.docIds()) {
            Path paper = data.paper(doc);
            if (!Files.isRegularFile(paper)) {
                throw new ClaimInputException("paper " + doc + " of the gold not found: " + paper);
            }
            Files.copy(paper, papers.resolve(paper.getFileName()));
        }
        Path index = work.resolve("index");
        Path out = work.resolve("claims.jsonl");
        try {
            cli("ingest", papers.toString(), "--index", index.toString(), "--lexicon", lexicon.toString());
            cli("export", "--index", index.toString(), "--what", "claims", "--format", "jsonl", "--out", out.toString());
        } finally {
            FileTrees.delete(index);
            FileTrees.delete(papers);
        }
        return out;
    }

    /** The export scored as score_claims.py scores it with its default lexicon folder. */
    public static GoldClaimsScore score(Path export, GoldClaims gold, GoldClaimsData data) throws ClaimInputException {
        return GoldClaimsScore.score(GoldClaims.readJsonl(export, "predicted claims"), gold, data.scorerLexicons());
    }

    /** Imports the full lexicon into a temporary folder, as {@code litmine lexicon import} does. */
    public static Path importLexicon(GoldClaimsData data) throws IOException, LexiconImportException {
        Path lexicon = Files.createTempDirectory("litmine-lexicon-");
        ImportSummary summary = new LexiconImporter().importInto(data.hgnc(), data.drugbank(), lexicon);
        LOG.info("lexicon imported: {}", summary.describe());
        return lexicon;
    }

    private static void cli(String... args) {
        int code = LitmineCli.commandLine().execute(args);
        if (code != LitmineCli.OK) {
            throw new IllegalStateException("litmine " + String.join(" ", args) + " exited with " + code);
        }
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
}
