package io.litmine.bench.eval;

import io.litmine.corpus.xml.ArticleXmlException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Scores a papers export against publisher XML gold and prints the figures:
 * {@code bench/run io.litmine.bench.eval.EvaluatePapers PAPERS.jsonl GOLD_DIR_OR_FILE}.
 * The same rules as ../shared/tools/score_citations.py and score_references.py, so the two must agree.
 */
public final class EvaluatePapers {

    private EvaluatePapers() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: EvaluatePapers PAPERS.jsonl GOLD_DIR_OR_XML");
            System.exit(2);
        }
        try {
            print(PaperEvaluation.run(Path.of(args[0]), Path.of(args[1])));
        } catch (IOException | ArticleXmlException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
        }
    }

    static void print(PaperEvaluation eval) {
        System.out.printf(Locale.ROOT, "%d gold papers (%d without prediction)%n", eval.papers().size(), eval.missing());
        for (PaperScore p : eval.papers()) {
            System.out.printf(Locale.ROOT, "  %-44.44s refs %3d/%-3s callouts %3d/%-3d %s  fields F1=%.3f%n", p.name(), p.goldRefs(),
                    p.predicted() ? Integer.toString(p.predRefs()) : "-", p.goldCallouts(), p.predCallouts(),
                    p.predicted() ? "resolution " + p.resolution() : "NO PREDICTION", p.fieldsMicro().f1());
        }
        System.out.printf(Locale.ROOT, "reference counts exact     %d/%d%n", eval.refCountsExact(), eval.papers().size());
        System.out.println("citation resolution (micro) " + eval.resolution());
        System.out.println("reference fields (micro)    " + eval.referenceFields());
        for (Field f : Field.values()) {
            System.out.printf(Locale.ROOT, "  %-13s %s%n", f.name().toLowerCase(Locale.ROOT), eval.referenceField(f));
        }
    }
}
