package io.litmine.bench.relations;

import io.litmine.bench.eval.Prf;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Figures as the reference scorers print them (evalutil.py): ratios rounded to four decimals the way
 * Python's {@code round(x, 4)} rounds (the exact binary value, ties to even), the report's
 * {@code :.4f}, and the last line, one JSON object in {@code json.dumps}'s layout, so the harness's
 * output and the script's can be compared with {@code diff}.
 */
public final class Figures {

    private final Map<String, Object> values = new LinkedHashMap<>();

    /** {@code evalutil.ratio}: num/den rounded, 0 when den is 0. */
    public static BigDecimal ratio(long num, long den) {
        return den == 0 ? round(0.0) : round((double) num / den);
    }

    /** Python's {@code round(x, 4)}. */
    public static BigDecimal round(double x) {
        return new BigDecimal(x).setScale(4, RoundingMode.HALF_EVEN);
    }

    /** Python's {@code f"{round(x, 4):.4f}"}. */
    public static String fixed(BigDecimal rounded) {
        return rounded.toPlainString();
    }

    /** {@code evalutil.prf_line}. */
    public static String prfLine(String name, Prf m) {
        return String.format(Locale.ROOT, "%-24s P=%s R=%s F1=%s  (tp=%d fp=%d fn=%d)", name, fixed(round(m.precision())),
                fixed(round(m.recall())), fixed(round(m.f1())), m.tp(), m.fp(), m.fn());
    }

    public Figures put(String key, long value) {
        values.put(key, value);
        return this;
    }

    public Figures put(String key, BigDecimal rounded) {
        values.put(key, rounded);
        return this;
    }

    /** {@code evalutil.prf}'s keys, with {@code prefix_} before each when a prefix is given. */
    public Figures putPrf(String prefix, Prf m) {
        String p = prefix.isEmpty() ? "" : prefix + "_";
        return put(p + "precision", round(m.precision())).put(p + "recall", round(m.recall())).put(p + "f1", round(m.f1()))
                .put(p + "tp", m.tp()).put(p + "fp", m.fp()).put(p + "fn", m.fn());
    }

    public double get(String key) {
        return ((Number) values.get(key)).doubleValue();
    }

    /** {@code json.dumps(figures)}: a float is written as Python's repr of the rounded value ("0.075", "1.0"). */
    @Override
    public String toString() {
        return values.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\": " + (e.getValue() instanceof BigDecimal d ? repr(d) : e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String repr(BigDecimal rounded) {
        String plain = rounded.stripTrailingZeros().toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }
}
