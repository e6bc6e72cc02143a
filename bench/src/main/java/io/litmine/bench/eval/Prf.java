package io.litmine.bench.eval;

import java.util.Locale;

/**
 * True/false positives and false negatives with precision, recall and F1. As in the reference scorers
 * (../shared/tools/evalutil.py): a zero denominator gives 0, but nothing to find and nothing predicted
 * gives 1 for all three.
 */
public record Prf(long tp, long fp, long fn) {

    public static final Prf ZERO = new Prf(0, 0, 0);

    /** Exact-match counts of a predicted set against a gold set. */
    public static Prf of(java.util.Set<?> predicted, java.util.Set<?> gold) {
        long hits = predicted.stream().filter(gold::contains).count();
        return new Prf(hits, predicted.size() - hits, gold.size() - hits);
    }

    public Prf plus(Prf o) {
        return new Prf(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    public double precision() {
        return empty() ? 1.0 : tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
    }

    public double recall() {
        return empty() ? 1.0 : tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** A report line in the reference scorers' layout: name, P, R, F1 and the counts. */
    public String line(String name) {
        return String.format(Locale.ROOT, "%-24s %s", name, this);
    }

    private boolean empty() {
        return tp == 0 && fp == 0 && fn == 0;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "P=%.4f R=%.4f F1=%.4f  (tp=%d fp=%d fn=%d)", precision(), recall(), f1(), tp, fp, fn);
    }
}
