package io.litmine.annotators.parse;

import java.util.Arrays;
import java.util.Map;

/**
 * A read-only map from non-negative int keys to non-negative int values, by open addressing: the
 * parser looks one up for each of its 48 features at every transition, where a {@code HashMap<Integer,
 * Integer>} costs a boxed key and a pointer chase each time.
 */
final class IntIndex {

    private static final int EMPTY = -1;

    private final int[] keys;
    private final int[] values;
    private final int mask;
    private final int shift;

    private IntIndex(int capacity) {
        int size = Integer.highestOneBit(Math.max(4, capacity * 2 - 1)) << 1;
        this.keys = new int[size];
        this.values = new int[size];
        this.mask = size - 1;
        this.shift = Integer.numberOfLeadingZeros(mask);
        Arrays.fill(keys, EMPTY);
    }

    static IntIndex of(Map<Integer, Integer> map) {
        IntIndex index = new IntIndex(map.size());
        map.forEach((k, v) -> {
            if (k < 0 || v < 0) {
                throw new IllegalArgumentException("negative key or value: " + k + " -> " + v);
            }
            index.put(k, v);
        });
        return index;
    }

    /** The value of {@code key}, or -1 when it has none. */
    int get(int key) {
        for (int i = slot(key); ; i = (i + 1) & mask) {
            int k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == EMPTY) {
                return -1;
            }
        }
    }

    private void put(int key, int value) {
        int i = slot(key);
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
    }

    private int slot(int key) {
        // Fibonacci hashing: the high bits of the product spread keys (feature id * 48 + slot) over the table.
        return (key * 0x9E3779B9) >>> shift;
    }
}
