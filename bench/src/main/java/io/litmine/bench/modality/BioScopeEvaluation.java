package io.litmine.bench.modality;

import io.litmine.annotators.claim.modality.CueKind;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Negation and speculation cue tokens of the {@code ModalityCueTagger} against BioScope's biological
 * abstracts:
 * <pre>bench/run io.litmine.bench.modality.BioScopeEvaluation ../shared [--errors N] [--half even|odd]</pre>
 * Each BioScope sentence is tokenized, tagged and lemmatized by CoreNLP as one sentence and tagged;
 * every token overlapping a gold cue is to be found ({@link CueScorer}). The report gives the whole
 * corpus and its two halves, even- and odd-numbered abstracts (the rules were written reading the
 * even half's errors, so the odd half is the check that they generalise). {@code --errors N} prints
 * N false positives and N misses of each kind; {@code --half} scores one half only.
 */
public final class BioScopeEvaluation {

    private static final String USAGE = "usage: BioScopeEvaluation SHARED_DIR [--errors N] [--half even|odd]";

    private BioScopeEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            usage();
        }
        List<String> a = Arrays.asList(args);
        int errors = 0;
        String half = option(a, "--half");
        try {
            String e = option(a, "--errors");
            errors = e == null ? 0 : Integer.parseInt(e);
        } catch (NumberFormatException e) {
            usage();
        }
        if (half != null && !List.of("even", "odd").contains(half)) {
            usage();
        }
        BioScopeData data = new BioScopeData(Path.of(args[0]));
        if (!data.present()) {
            System.err.println("BioScope abstracts not found: " + data.abstracts().toAbsolutePath());
            System.exit(2);
        }
        List<BioScopeSentence> sentences = BioScopeCorpus.read(data.abstracts());
        if (half != null) {
            int parity = half.equals("even") ? 0 : 1;
            sentences = sentences.stream().filter(s -> s.document() % 2 == parity).toList();
        }
        long t0 = System.nanoTime();
        List<TaggedSentence> tagged = new CueTagging().tag(sentences);
        System.out.printf(Locale.ROOT, "%s and the cue tagger: %d sentences in %.1f s%n", CueTagging.ANNOTATORS, tagged.size(),
                (System.nanoTime() - t0) / 1e9);
        CueScore all = CueScorer.score(tagged);
        System.out.print(all.report("BioScope abstracts" + (half == null ? "" : ", " + half + " half")));
        if (half == null) {
            System.out.print(CueScorer.score(tagged.stream().filter(s -> s.gold().document() % 2 == 0).toList()).report("even half"));
            System.out.print(CueScorer.score(tagged.stream().filter(s -> s.gold().document() % 2 == 1).toList()).report("odd half"));
        }
        if (errors > 0) {
            System.out.print(CueErrors.report(all, errors));
        }
        System.out.printf(Locale.ROOT, "negation F1 %.4f, speculation F1 %.4f%n", all.tokens().get(CueKind.NEGATION).f1(),
                all.tokens().get(CueKind.SPECULATION).f1());
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
