package io.litmine.annotators.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CalloutParserTest {

    private final CalloutParser parser = CalloutParser.defaults();

    private List<String> labelsOf(String text) {
        List<Callout> found = parser.find(text, 53);
        assertThat(found).hasSize(1);
        return found.get(0).labels();
    }

    @Test
    void singleNumber() {
        Callout c = parser.find("results in constitutive activation (28).", 53).get(0);
        assertThat(c.marker()).isEqualTo("(28)");
        assertThat(c.start()).isEqualTo(35);
        assertThat(c.end()).isEqualTo(39);
        assertThat(c.labels()).containsExactly("28");
    }

    @Test
    void listsRangesAndBrackets() {
        assertThat(labelsOf("body (4, 22).")).containsExactly("4", "22");
        assertThat(labelsOf("chemotherapy alone (10-13).")).containsExactly("10", "11", "12", "13");
        assertThat(labelsOf("chemotherapy alone (10–13).")).containsExactly("10", "11", "12", "13");
        assertThat(labelsOf("breast cancer [33, 59] than")).containsExactly("33", "59");
        assertThat(labelsOf("as shown [2,4-6].")).containsExactly("2", "4", "5", "6");
        assertThat(labelsOf("activation [58].")).containsExactly("58");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "as reported earlier (2019).",
        "in a cohort (n = 12) of patients",
        "was significant (p < 0.05).",
        "odds ratio 2.1 (95% CI 1.2-3.4).",
        "see the figure (Fig. 2).",
        "see (Table 1) for doses",
        "a dose of trastuzumab (4 mg/kg) weekly",
        "N Engl J Med. 2020;382(7):610-21.",
        "in 1990 (1990-2005) the incidence rose",
        "a value of (1.5) was",
        "mismatched (12] brackets"})
    void notCallouts(String text) {
        assertThat(parser.find(text, 53)).isEmpty();
    }

    @Test
    void aYearIsALabelWhenTheListIsThatLong() {
        assertThat(parser.find("cited (1999).", 2500)).hasSize(1);
    }

    @Test
    void componentIndexesAxisLabelsAndTableCellsAreNotCallouts() {
        assertThat(parser.find("explained variance of 59.7% for t[1] and p[2] (to[1] vs. t[1]).", 44)).isEmpty();
        assertThat(parser.find("FT0 FT1 p [2 ] 1 2 5 t[ 2]", 44)).isEmpty();
        assertThat(parser.find("Age (years); mean (SD) 46 (11) 52 (11), median 16 (15 - 16), n (%) 5 (50)", 37)).isEmpty();
        assertThat(parser.find("disadvantaged groups [13,14], including smokers (7).", 37))
                .extracting(Callout::marker).containsExactly("[13,14]", "(7)");
    }
}
