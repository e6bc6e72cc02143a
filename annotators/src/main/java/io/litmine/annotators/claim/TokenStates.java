package io.litmine.annotators.claim;

import io.litmine.corpus.model.ArgumentState;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An argument's state read from the tokens around it, for claims found without a parse: a
 * manipulation noun after the entity ("PTEN deficiency", "CDK2 inhibition") or before it with "of"
 * ("loss of PTEN", "the inhibition of PI3K, Akt or mTOR"), a signed gerund before it ("inhibiting PI3K,
 * Akt or mTOR"), or a state adjective before it ("decreased PTEN expression", "constitutively
 * active-Akt"), with the vocabulary of argument-nouns.tsv, triggers.tsv and state-modifiers.tsv. The
 * walk back crosses the coordination the entity stands in.
 */
final class TokenStates {

    /** How many tokens back a manipulation may stand, over a coordination ("of PI3K, Akt, or mTOR"). */
    private static final int REACH = 8;

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
        Optional<ArgumentState> adjective = adjectiveBefore(toks, a.firstTok(), lexicon);
        if (adjective.isPresent()) {
            return adjective.get();
        }
        boolean of = false;
        for (int i = a.firstTok() - 1; i >= Math.max(0, a.firstTok() - REACH); i--) {
            Tok t = toks.get(i);
            if (t.is("of")) {
                of = true;
                continue;
            }
            if (of) {
                return nounState(t, lexicon).orElse(ArgumentState.NONE);
            }
            if (t.tag().equals("VBG")) {
                // "inhibiting PI3K, Akt or mTOR rescues ...": the gerund's sign is the state.
                return lexicon.trigger(Trigger.Kind.VERB, t.lemma()).map(Trigger::effect)
                        .map(e -> e.sign() < 0 ? ArgumentState.LOSS : ArgumentState.GAIN).orElse(ArgumentState.NONE);
            }
            boolean coordination = t.word().equals(",") || t.tag().equals("CC") || t.tag().startsWith("NN") || t.word().equals("-")
                    || t.word().equals("/");
            if (!coordination && !t.tag().equals("DT") && !t.tag().startsWith("JJ") && !t.tag().startsWith("RB")) {
                break;
            }
        }
        return ArgumentState.NONE;
    }

    /** "decreased PTEN", "conditionally active-Akt", "dominant negative-Akt1". */
    private static Optional<ArgumentState> adjectiveBefore(List<Tok> toks, int first, ClaimLexicon lexicon) {
        int i = first - 1;
        if (i >= 1 && toks.get(i).word().equals("-") && toks.get(i).end() == toks.get(first).start()) {
            i--;
        }
        if (i < 0) {
            return Optional.empty();
        }
        return lexicon.modifier(toks.get(i).word().toLowerCase(Locale.ROOT)).filter(s -> s != ArgumentState.MUTANT);
    }

    private static Optional<ArgumentState> nounState(Tok t, ClaimLexicon lexicon) {
        if (!t.tag().startsWith("NN")) {
            return Optional.empty();
        }
        return lexicon.noun(t.lemma()).map(ArgumentNoun::state).filter(s -> s != ArgumentState.NONE);
    }
}
