package io.litmine.annotators.lexicon;

import io.litmine.corpus.model.Mention;
import io.litmine.corpus.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Longest-match dictionary lookup over the word pieces of a sentence's tokens.
 *
 * <p>Tokens are cut further into runs of letters and digits, because the tokeniser keeps
 * {@code anti-CD44} whole but splits {@code HER2-positive}; working on pieces makes both behave the
 * same. A candidate is a run of consecutive pieces joined only by spaces, hyphens or a slash, so
 * {@code HER2-positive} yields {@code HER2}, {@code p27 kip1} yields one name, and
 * {@code PI3K/Akt} yields two unless {@code PI3K/Akt} itself were a synonym. The mention's offsets
 * cover only the matched pieces.
 */
public final class DictionaryMatcher {

    private final Lexicon lexicon;

    public DictionaryMatcher(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    /**
     * Finds mentions in {@code text} within the given token spans (offsets into {@code text}).
     * Tokens left out of {@code tokens}, such as those of a citation callout, can neither be
     * matched nor be bridged by a match.
     */
    public List<Mention> match(String text, List<Span> tokens) {
        List<Span> pieces = pieces(text, tokens);
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < pieces.size()) {
            int matchedTo = -1;
            LexiconEntry matched = null;
            int last = lastJoinable(text, pieces, i);
            for (int j = last; j >= i; j--) {
                Optional<LexiconEntry> entry = lexicon.lookup(text.substring(pieces.get(i).start(), pieces.get(j).end()));
                if (entry.isPresent()) {
                    matchedTo = j;
                    matched = entry.get();
                    break;
                }
            }
            if (matched == null) {
                i++;
                continue;
            }
            int start = pieces.get(i).start();
            int end = pieces.get(matchedTo).end();
            mentions.add(new Mention(text.substring(start, end), start, end, lexicon.type(), matched.name(), matched.id()));
            i = matchedTo + 1;
        }
        return mentions;
    }

    /** The furthest piece reachable from {@code from} through joiners, within the lexicon's longest name. */
    private int lastJoinable(String text, List<Span> pieces, int from) {
        int last = from;
        int slashes = 0;
        while (last + 1 < pieces.size() && last + 1 - from < lexicon.maxWords()) {
            String gap = text.substring(pieces.get(last).end(), pieces.get(last + 1).start());
            if (!gap.codePoints().allMatch(SurfaceKey::isJoiner)) {
                break;
            }
            slashes += (int) gap.chars().filter(c -> c == '/').count();
            if (slashes > 1) {
                break;
            }
            last++;
        }
        return last;
    }

    /** Runs of letters and digits inside each token. */
    static List<Span> pieces(String text, List<Span> tokens) {
        List<Span> pieces = new ArrayList<>();
        for (Span token : tokens) {
            int i = token.start();
            while (i < token.end()) {
                int cp = text.codePointAt(i);
                if (!SurfaceKey.isWordChar(cp)) {
                    i += Character.charCount(cp);
                    continue;
                }
                int start = i;
                while (i < token.end() && SurfaceKey.isWordChar(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                pieces.add(new Span(start, i));
            }
        }
        return pieces;
    }
}
