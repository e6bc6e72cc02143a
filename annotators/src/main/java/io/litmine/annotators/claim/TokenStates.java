package io.litmine.annotators.claim;

import io.litmine.corpus.model.ArgumentState;
import java.util.List;
import java.util.Optional;

/**
 * An argument's state read from the tokens around it, for claims found without a parse: a
 * manipulation noun after the entity ("PTEN deficiency", "CDK2 inhibition") or before it with "of"
 * ("loss of PTEN", "knockdown of the MUC4 gene"), or a state adjective before it ("decreased PTEN
 * expression"), with the vocabulary of argument-nouns.tsv and state-modifiers.tsv.
 */
final class TokenStates {

    private static final int REACH = 3;

    private TokenStates() {
    }

    static ArgumentState of(List<Tok> toks, Argument a, ClaimLexicon lexicon) {
        if (!a.isEntity() || a.isDrug()) {
            return ArgumentState.NONE;
        }
        // The surface's own last word ("PTEN deficiency"), or the noun right after it ("CDK2 inhibition").
        for (int i = a.lastTok(); i <= Math.min(toks.size() - 1, a.lastTok() + 1); i++) {
            Optional<ArgumentState> s = nounState(toks.get(i), lexicon);
            if (s.isPresent()) {
                return s.get();
            }
        }
        int of = -1;
        for (int i = a.firstTok() - 1; i >= Math.max(0, a.firstTok() - REACH); i--) {
            Tok t = toks.get(i);
            if (t.is("of")) {
                of = i;
                continue;
            }
            if (of > i) {
                Optional<ArgumentState> s = nounState(t, lexicon);
                if (s.isPresent()) {
                    return s.get();
                }
            }
            if (!t.tag().equals("DT") && !t.tag().startsWith("JJ") && !t.is("of")) {
                break;
            }
        }
        if (a.firstTok() > 0) {
            Optional<ArgumentState> s = lexicon.modifier(toks.get(a.firstTok() - 1).word().toLowerCase(java.util.Locale.ROOT));
            if (s.isPresent() && s.get() != ArgumentState.MUTANT) {
                return s.get();
            }
        }
        return ArgumentState.NONE;
    }

    private static Optional<ArgumentState> nounState(Tok t, ClaimLexicon lexicon) {
        if (!t.tag().startsWith("NN")) {
            return Optional.empty();
        }
        return lexicon.noun(t.lemma()).map(ArgumentNoun::state).filter(s -> s != ArgumentState.NONE);
    }
}
