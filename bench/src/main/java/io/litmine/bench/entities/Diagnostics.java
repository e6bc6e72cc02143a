package io.litmine.bench.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The most frequent false positives and negatives of a run, by surface: where to look next. */
public final class Diagnostics {
    private final Map<String, Integer> falsePositives = new HashMap<>();
    private final Map<String, Integer> falseNegatives = new HashMap<>();

    void falsePositive(String text) {
        falsePositives.merge(text, 1, Integer::sum);
    }

    void falseNegative(String text) {
        falseNegatives.merge(text, 1, Integer::sum);
    }

    public String top(int n) {
        return "  top FP: " + top(falsePositives, n) + "\n  top FN: " + top(falseNegatives, n);
    }

    private static String top(Map<String, Integer> counts, int n) {
        List<Map.Entry<String, Integer>> sorted = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n).toList();
        return sorted.stream().map(e -> e.getKey() + "×" + e.getValue()).collect(Collectors.joining(", "));
    }
}
