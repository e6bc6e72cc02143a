package io.litmine.annotators.claim.modality;

import java.util.Locale;
import java.util.Set;

/**
 * One position of a cue pattern (syntax in {@code modality-cue-rules.tsv}): lemmas matched against the
 * token's lemma or its lower-cased word (none: any token), or one exact, case-sensitive word form
 * ({@code =NO}, nitric oxide); an optional part-of-speech prefix ("VBN", "JJ", "V"); or a gap, or a
 * token the first pass tagged with a kind ({@code @hedge}).
 *
 * @param context true when the token must be there but is no part of the cue
 * @param gap for a gap, the most tokens it spans, else 0
 * @param tagged for {@code @negation} / {@code @hedge}: the kind the token must already carry, else null
 */
record TokenTest(Set<String> lemmas, String exact, String tagPrefix, boolean context, int gap, CueKind tagged) {

    /** The most tokens a gap written {@code ...} spans; {@code ...N} spans up to N. */
    static final int DEFAULT_GAP = 10;

    TokenTest {
        lemmas = Set.copyOf(lemmas);
        tagPrefix = tagPrefix == null ? "" : tagPrefix;
    }

    /** Parses {@code may}, {@code lack|lacking}, {@code *}, {@code =NO}, {@code possible/JJ}, {@code * /VBN}, {@code (that)}, {@code ...}, {@code ...20}, {@code @hedge}. */
    static TokenTest parse(String text) {
        if (text.startsWith("...")) {
            int most = text.length() == 3 ? DEFAULT_GAP : Integer.parseInt(text.substring(3));
            if (most < 1) {
                throw new IllegalArgumentException("a gap spans at least one token: '" + text + "'");
            }
            return new TokenTest(Set.of(), null, "", true, most, null);
        }
        boolean context = text.length() > 2 && text.startsWith("(") && text.endsWith(")");
        String t = context ? text.substring(1, text.length() - 1) : text;
        if (t.startsWith("@")) {
            return new TokenTest(Set.of(), null, "", true, 0, CueKind.parse(t.substring(1)));
        }
        int slash = t.lastIndexOf('/');
        // "and/or" is a word: only an upper-case tail after the last slash is a tag
        String tag = "";
        if (slash > 0 && slash < t.length() - 1 && t.substring(slash + 1).chars().allMatch(c -> Character.isUpperCase(c) || c == '$')) {
            tag = t.substring(slash + 1);
            t = t.substring(0, slash);
        }
        if (t.isEmpty() || t.equals("=")) {
            throw new IllegalArgumentException("empty token test '" + text + "'");
        }
        if (t.startsWith("=")) {
            return new TokenTest(Set.of(), t.substring(1), tag, context, 0, null);
        }
        Set<String> lemmas = t.equals("*") ? Set.of() : Set.of(t.toLowerCase(Locale.ROOT).split("\\|"));
        return new TokenTest(lemmas, null, tag, context, 0, null);
    }

    boolean isGap() {
        return gap > 0;
    }

    /** Whether token {@code i} passes; {@code kinds} holds what the first pass tagged (null entries: nothing). */
    boolean matches(SentenceTokens s, int i, CueKind[] kinds) {
        if (tagged != null) {
            return kinds != null && kinds[i] == tagged;
        }
        if (exact != null && !exact.equals(s.word(i))) {
            return false;
        }
        return (lemmas.isEmpty() || lemmas.contains(s.lemma(i)) || lemmas.contains(s.lowerWord(i))) && s.tag(i).startsWith(tagPrefix);
    }

    /** A gap may not run across a clause or sentence end. */
    static boolean gapMayCross(SentenceTokens s, int i) {
        String w = s.word(i);
        return !(w.equals(";") || w.equals(".") || w.equals(":"));
    }
}
