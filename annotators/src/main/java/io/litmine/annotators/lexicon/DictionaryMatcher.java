package io.litmine.annotators.lexicon;

import io.litmine.corpus.model.Mention;
import io.litmine.corpus.model.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
    /** A plain lower-case plural word ("kinases", "receptors"), not "-ss" ("kinases" yes, "class" no). */
    private static final Pattern PLURAL_WORD = Pattern.compile("[a-z]{3,}[^s]s");

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
            List<Integer> spaces = new ArrayList<>(2);
            for (int j = i; ; j++) {
                String foldedCandidate = foldedKey.toString();
                if (!lexicon.hasPrefix(foldedCandidate)) {
                    // "PI-3-kinases", "phosphatidylinositol 3-kinases": a plural of a name of several
                    // words whose last is a plain word ends where the singular would.
                    if (j > i && PLURAL_WORD.matcher(keys[j]).matches()) {
                        String singular = key.substring(0, key.length() - 1);
                        LexiconEntry entry = lexicon.lookupKey(singular, foldedCandidate.substring(0, foldedCandidate.length() - 1));
                        if (entry != null && entry.qualifiers().needsContext() && sentence == null) {
                            sentence = sentenceText(text, tokens);
                        }
                        if (entry != null && ContextCues.satisfied(entry.qualifiers(), sentence)
                                && (spaces.isEmpty() || spacesAgree(entry, SurfaceKey.fold(singular), singular, spaces))) {
                            matched = entry;
                            matchedTo = j;
                        }
                    }
                    break;
                }
                LexiconEntry entry = lexicon.lookupKey(key.toString(), foldedCandidate);
                if (entry != null && entry.qualifiers().needsContext() && sentence == null) {
                    sentence = sentenceText(text, tokens);
                }
                if (entry != null && ContextCues.satisfied(entry.qualifiers(), sentence)
                        && (spaces.isEmpty() || spacesAgree(entry, foldedCandidate, key, spaces))) {
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
                if (wordSpace(text, pieces.get(j).end(), pieces.get(j + 1).start())) {
                    spaces.add(key.length() + slashText.length());
                }
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

    /**
     * Whether the spaces of a candidate spanning several words fall where one of the entry's names
     * breaks too (a space, hyphen or slash there), where letters meet digits ("p27 kip1" is
     * "p27kip1") or beside a Greek letter's name ("NF kappa B" is "NF-κB"): "a PI-3" is not XIAP's "API3", nor "I PI-3" WDR18's "IPI3". {@code spaces} are
     * positions in the candidate's compact key.
     */
    private static boolean spacesAgree(LexiconEntry entry, String foldedCandidate, CharSequence key, List<Integer> spaces) {
        List<String> names = new ArrayList<>(entry.synonyms().size() + 1);
        names.add(entry.name());
        names.addAll(entry.synonyms());
        for (String name : names) {
            if (!SurfaceKey.fold(SurfaceKey.compact(name)).equals(foldedCandidate)) {
                continue;
            }
            Set<Integer> breaks = breaks(name);
            if (spaces.stream().allMatch(p -> breaks.contains(p) || letterMeetsDigit(key, p) || SurfaceKey.greekNameAt(key, p))) {
                return true;
            }
        }
        return false;
    }

    /** Positions in {@code name}'s compact key that a space, hyphen or slash precedes. */
    private static Set<Integer> breaks(String name) {
        Set<Integer> out = new HashSet<>();
        int at = 0;
        boolean broken = false;
        for (int k = 0; k < name.length(); ) {
            int cp = name.codePointAt(k);
            k += Character.charCount(cp);
            if (Character.isWhitespace(cp) || SurfaceKey.isHyphen(cp)) {
                broken = true;
                continue;
            }
            if (broken || cp == '/') {
                out.add(at);
            }
            broken = cp == '/';
            String spelled = SurfaceKey.greekName(cp);
            at += spelled == null ? Character.charCount(cp) : spelled.length();
        }
        return out;
    }

    private static boolean letterMeetsDigit(CharSequence key, int p) {
        return p > 0 && p < key.length() && Character.isDigit(key.charAt(p - 1)) != Character.isDigit(key.charAt(p));
    }

    /** A gap of whitespace only: "carbon- ate" (a word hyphenated over a line) is one word. */
    private static boolean wordSpace(String text, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return false;
            }
        }
        return true;
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
