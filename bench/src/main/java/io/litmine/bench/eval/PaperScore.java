package io.litmine.bench.eval;

import java.util.EnumMap;
import java.util.Map;

/**
 * One gold paper's figures: reference counts, citation-context resolution, and reference-field
 * counts per field ({@code fields}); {@code refsAllRight}/{@code refsScored} count gold references with
 * every tagged field right. {@code predicted} is false when no predicted paper had the gold file's stem.
 */
public record PaperScore(String name, boolean predicted, int goldRefs, int predRefs, int goldCallouts, int predCallouts,
        Prf resolution, Map<Field, Prf> fields, int refsAllRight, int refsScored, int refsUntagged) {

    public PaperScore {
        fields = Map.copyOf(fields);
    }

    public boolean refCountExact() {
        return predicted && goldRefs == predRefs;
    }

    public Prf fieldsMicro() {
        Prf total = Prf.ZERO;
        for (Prf p : fields.values()) {
            total = total.plus(p);
        }
        return total;
    }

    static Map<Field, Prf> emptyFields() {
        Map<Field, Prf> m = new EnumMap<>(Field.class);
        for (Field f : Field.values()) {
            m.put(f, Prf.ZERO);
        }
        return m;
    }
}
