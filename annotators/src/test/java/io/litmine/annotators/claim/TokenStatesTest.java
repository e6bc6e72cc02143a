package io.litmine.annotators.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.litmine.corpus.model.ArgumentState;
import io.litmine.corpus.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** States read from the words around an argument, for claims the parse did not find. */
class TokenStatesTest {

    /** Tokens from "word/lemma/TAG" triples; offsets as if joined by single spaces, a hyphen by none. */
    private static List<Tok> toks(String tagged) {
        List<Tok> out = new ArrayList<>();
        int offset = 0;
        boolean glue = false;
        for (String t : tagged.split(" ")) {
            String[] f = t.split("/");
            boolean hyphen = f[0].equals("-");
            int start = out.isEmpty() ? 0 : hyphen || glue ? out.get(out.size() - 1).end() : offset;
            out.add(new Tok(out.size(), f[0], f[1], f[2], start, start + f[0].length()));
            offset = start + f[0].length() + 1;
            glue = hyphen;
        }
        return out;
    }

    private static ArgumentState state(String tagged, int first, int last) {
        List<Tok> t = toks(tagged);
        Argument a = Argument.entity(t.get(first).word(), t.get(first).word().toUpperCase(), EntityType.GENE, first, last,
                t.get(first).start(), t.get(last).end());
        return TokenStates.of(t, a, ClaimLexicon.get());
    }

    @Test
    void aManipulationBeforeACoordinationReachesEveryConjunct() {
        String s = "inhibiting/inhibit/VBG PI3K/pi3k/NN ,/,/, Akt/akt/NN or/or/CC mTOR/mtor/NN rescues/rescue/VBZ differentiation/differentiation/NN";
        assertThat(state(s, 5, 5)).isEqualTo(ArgumentState.LOSS);
        String n = "the/the/DT inhibition/inhibition/NN of/of/IN PI3K/pi3k/NN ,/,/, Akt/akt/NN or/or/CC mTOR/mtor/NN";
        assertThat(state(n, 7, 7)).isEqualTo(ArgumentState.LOSS);
    }

    @Test
    void statesAfterAndAdjectivesBefore() {
        assertThat(state("PTEN/pten/NN deficiency/deficiency/NN activates/activate/VBZ AKT/akt/NN", 0, 1)).isEqualTo(ArgumentState.LOSS);
        assertThat(state("conditionally/conditionally/RB active/active/JJ -/-/HYPH Akt/akt/NN", 3, 3)).isEqualTo(ArgumentState.GAIN);
        assertThat(state("decreased/decreased/JJ PTEN/pten/NN expression/expression/NN", 1, 1)).isEqualTo(ArgumentState.LOSS);
        assertThat(state("PTEN/pten/NN inhibits/inhibit/VBZ AKT/akt/NN", 0, 0)).isEqualTo(ArgumentState.NONE);
    }
}
