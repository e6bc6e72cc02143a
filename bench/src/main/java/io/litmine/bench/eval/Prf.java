package io.litmine.bench.eval;

import java.util.Locale;

/** True/false positives and false negatives, with precision, recall and F1 (all 1.0 when all are zero). */
public record Prf(int tp, int fp, int fn) {

    public double precision() {
        return tp + fp + fn == 0 ? 1.0 : tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fp + fn == 0 ? 1.0 : tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    public String line(String name) {
        return String.format(Locale.ROOT, "%-24s P=%.4f R=%.4f F1=%.4f  (tp=%d fp=%d fn=%d)", name, precision(), recall(), f1(), tp, fp, fn);
    }
}
