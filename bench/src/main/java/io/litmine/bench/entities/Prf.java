package io.litmine.bench.entities;

import java.util.Locale;

/** Counts of an entity-level comparison and the figures derived from them. */
public record Prf(int tp, int fp, int fn) {

    public static Prf of(java.util.Set<?> predicted, java.util.Set<?> gold) {
        int hits = (int) predicted.stream().filter(gold::contains).count();
        return new Prf(hits, predicted.size() - hits, gold.size() - hits);
    }

    public Prf plus(Prf other) {
        return new Prf(tp + other.tp, fp + other.fp, fn + other.fn);
    }

    public double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "P=%.4f R=%.4f F1=%.4f (tp=%d fp=%d fn=%d)", precision(), recall(), f1(), tp, fp, fn);
    }
}
