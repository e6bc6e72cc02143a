package io.litmine.annotators.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorYearParserTest {

    private final AuthorYearParser parser = new AuthorYearParser();

    private List<String> markers(String text) {
        return parser.find(text).stream().map(Callout::marker).toList();
    }

    @Test
    void parentheticalCalloutsWithListsAndLetters() {
        List<Callout> found = parser.find("HER2 is amplified (Slamon et al., 2001) and lost (Slamon et al. 2001; Nahta and Esteva, 2006)"
                + " or masked (Smith and Jones 2019a) (e.g., Smith 2001, 2003b, c).");
        assertThat(found).extracting(Callout::marker).containsExactly("(Slamon et al., 2001)",
                "(Slamon et al. 2001; Nahta and Esteva, 2006)", "(Smith and Jones 2019a)", "(e.g., Smith 2001, 2003b, c)");
        assertThat(found.get(1).labels()).containsExactly("Slamon 2001", "Nahta 2006");
        assertThat(found.get(2).labels()).containsExactly("Smith 2019a");
        assertThat(found.get(3).labels()).containsExactly("Smith 2001", "Smith 2003b", "Smith 2003c");
    }

    @Test
    void narrativeCallouts() {
        List<Callout> found = parser.find("As Smith and Jones (2019) and Slamon et al. (2001) showed, van der Berg (2010) agrees.");
        assertThat(found).extracting(Callout::marker).containsExactly("Smith and Jones (2019)", "Slamon et al. (2001)", "van der Berg (2010)");
        assertThat(found).extracting(c -> c.labels().get(0)).containsExactly("Smith 2019", "Slamon 2001", "van der Berg 2010");
    }

    @Test
    void yearsInOtherParenthesesAreNoCallouts() {
        assertThat(markers("In 2019 a trial (2019) of 40 women (n = 40, 2019) found benefit (Fig. 2, 2019) in (p < 0.05)."))
                .isEmpty();
        assertThat(markers("The dose (10 mg, 2019) and (95% CI 1.2-3.4) and a range (1990-2000).")).isEmpty();
    }
}
