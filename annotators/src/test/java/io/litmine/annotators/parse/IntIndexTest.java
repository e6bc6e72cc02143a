package io.litmine.annotators.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IntIndexTest {

    @Test
    void findsEveryKeyAndOnlyThem() {
        Map<Integer, Integer> map = new HashMap<>();
        Random random = new Random(7);
        while (map.size() < 20_000) {
            // Keys shaped like the parser's: feature id * 48 + slot.
            map.put(random.nextInt(80_000) * 48 + random.nextInt(48), map.size());
        }
        IntIndex index = IntIndex.of(map);
        map.forEach((k, v) -> assertThat(index.get(k)).isEqualTo(v));
        for (int probe = 0; probe < 200_000; probe++) {
            int key = random.nextInt(80_000 * 48);
            assertThat(index.get(key)).isEqualTo(map.getOrDefault(key, -1));
        }
    }

    @Test
    void anEmptyIndexHasNothing() {
        assertThat(IntIndex.of(Map.of()).get(0)).isEqualTo(-1);
        assertThat(IntIndex.of(Map.of()).get(12345)).isEqualTo(-1);
    }

    @Test
    void negativeKeysAreRefused() {
        assertThatThrownBy(() -> IntIndex.of(Map.of(-3, 1))).isInstanceOf(IllegalArgumentException.class);
    }
}
