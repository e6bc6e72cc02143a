package io.litmine.annotators.lexicon;

import io.litmine.corpus.model.Mention;
import io.litmine.corpus.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Longest-match dictionary lookup over the word pieces of a sentence's tokens.
 *
 * <p>Tokens are cut further into runs of letters and digits, because the tokeniser keeps
 * {@code anti-CD44} whole but splits {@code HER2-positive}; working on pieces makes both behave the
 * same. A candidate is a run of consecutive pieces joined only by spaces, hyphens or a slash, so
 * {@code HER2-positive} yields {@code HER2}, {@code p27 kip1} yields one name, and
 * {@code PI3K/Akt} yields two unless {@code PI3K/Akt} itself were a synonym. The mention's offsets
 * cover only the matched pieces.
 *
 * <p>A candidate grows piece by piece while some synonym still starts with its key
 * ({@link Lexicon#hasPrefix}), so the cost per piece stays near one lookup even with the full
 * HGNC and DrugBank lexicons. Synonyms whose entry needs context ({@link Qualifiers}) count only in
 * a sentence holding a cue; a short match right after "Fig." or "Table" is a panel label, not a gene.
 */
public final class DictionaryMatcher {

    private static final Pattern FIGURE_WORD = Pattern.compile("(?i)figs?|figures?|tables?|panels?");
    private static final Pattern FIGURE_GAP = Pattern.compile("[.\\s]*(\\d+[.\\s]*)?");
    private static final int MAX_LABEL_LENGTH = 3;

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
        String[] keys = new String[pieces.size()];
        String[] folded = new String[pieces.size()];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = SurfaceKey.compact(text.substring(pieces.get(k).start(), pieces.get(k).end()));
            folded[k] = SurfaceKey.fold(keys[k]);
        }
        String sentence = null;
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < pieces.size()) {
            // The key and its folded form grow together: folding each piece once, not each candidate,
            // was a third of the matcher's time with the full lexicons.
            StringBuilder key = new StringBuilder(keys[i]);
            StringBuilder foldedKey = new StringBuilder(folded[i]);
            LexiconEntry matched = null;
            int matchedTo = -1;
            int slashes = 0;
            for (int j = i; ; j++) {
                String foldedCandidate = foldedKey.toString();
                if (!lexicon.hasPrefix(foldedCandidate)) {
                    break;
                }
                LexiconEntry entry = lexicon.lookupKey(key.toString(), foldedCandidate);
                if (entry != null && entry.qualifiers().needsContext() && sentence == null) {
                    sentence = sentenceText(text, tokens);
                }
                if (entry != null && ContextCues.satisfied(entry.qualifiers(), sentence)) {
                    matched = entry;
                    matchedTo = j;
                }
                if (j + 1 >= pieces.size() || j + 1 - i >= lexicon.maxWords()) {
                    break;
                }
                int gapSlashes = slashesInJoiningGap(text, pieces.get(j).end(), pieces.get(j + 1).start());
                if (gapSlashes < 0) {
                    break;
                }
                slashes += gapSlashes;
                if (slashes > 1) {
                    break;
                }
                String slashText = "/".repeat(gapSlashes);
                key.append(slashText).append(keys[j + 1]);
                foldedKey.append(slashText).append(folded[j + 1]);
            }
            if (matched == null) {
                i++;
                continue;
            }
            int start = pieces.get(i).start();
            int end = pieces.get(matchedTo).end();
            if (!isFigureLabel(text, pieces, i, end - start) && !cutsIntoCode(text, start, end)) {
                mentions.add(new Mention(text.substring(start, end), start, end, lexicon.type(), matched.name(), matched.id()));
            }
            i = matchedTo + 1;
        }
        return mentions;
    }

    /**
     * Whether the match is only part of a hyphen-joined word shaped like a compound's development
     * code: "NVP" of NVP-BEZ235 is not nevirapine, "MK" of MK-2206 nothing ({@link CompoundCodes}).
     */
    private static boolean cutsIntoCode(String text, int start, int end) {
        Span word = CompoundCodes.codeAround(text, start, end);
        return word != null && (word.start() < start || word.end() > end);
    }

    /** Slashes between two pieces, or -1 when something other than a joiner sits between them. */
    private static int slashesInJoiningGap(String text, int from, int to) {
        int slashes = 0;
        for (int k = from; k < to; ) {
            int cp = text.codePointAt(k);
            if (!SurfaceKey.isJoiner(cp)) {
                return -1;
            }
            if (cp == '/') {
                slashes++;
            }
            k += Character.charCount(cp);
        }
        return slashes;
    }

    /** "Fig. 2C", "Table S1", "Figure 3 A": the short match is a panel label. */
    private static boolean isFigureLabel(String text, List<Span> pieces, int at, int length) {
        if (length > MAX_LABEL_LENGTH) {
            return false;
        }
        for (int back = at - 1; back >= Math.max(0, at - 2); back--) {
            Span piece = pieces.get(back);
            if (FIGURE_WORD.matcher(text.substring(piece.start(), piece.end())).matches()) {
                return FIGURE_GAP.matcher(text.substring(piece.end(), pieces.get(at).start())).matches();
            }
        }
        return false;
    }

    private static String sentenceText(String text, List<Span> tokens) {
        if (tokens.isEmpty()) {
            return "";
        }
        return text.substring(tokens.get(0).start(), tokens.get(tokens.size() - 1).end()).toLowerCase(Locale.ROOT);
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
