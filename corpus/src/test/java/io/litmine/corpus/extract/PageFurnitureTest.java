package io.litmine.corpus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageFurnitureTest {

    @Test
    void dropsRunningHeadersFootersAndPageNumbersButKeepsProse() {
        List<String> lines = List.of("Barnett et al. BMC Evolutionary Biology 2014, 14:70 Page 2 of 11", "Lions once ranged",
                "12", "across Eurasia.", "Barnett et al. BMC Evolutionary Biology 2014, 14:70 Page 3 of 11", "13",
                "Results", "Barnett et al. BMC Evolutionary Biology 2014, 14:70 Page 4 of 11", "14", "Results");

        assertThat(PageFurniture.remove(lines)).containsExactly("Lions once ranged", "across Eurasia.", "Results", "Results");
    }
}
