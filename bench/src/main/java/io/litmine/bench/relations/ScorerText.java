package io.litmine.bench.relations;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The text rules of {@code ../shared/tools/evalutil.py} and {@code score_relations.py}, character for
 * character, so the harness and the reference scorer name the same entities: {@link #squash} (NFKC,
 * lower case, Greek letters spelled out, only letters and digits kept), {@link #names} (a claim
 * argument names an entity when one squashed text equals or contains the other), and Python's
 * notion of whitespace and digits for reading the gold files.
 */
public final class ScorerText {

    private ScorerText() {
    }

    /** {@code evalutil.squash}: "Clin. Breast-Cancer" → "clinbreastcancer", "TGF-α" → "tgfalpha". */
    public static String squash(String s) {
        if (s == null) {
            return "";
        }
        String text = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp >= 0x0370 && cp <= 0x03ff) {
                // evalutil replaces each Greek-block character by the last word of its Unicode name.
                String name = Character.getName(cp);
                if (name != null) {
                    String[] words = name.split(" ");
                    words[words.length - 1].toLowerCase(Locale.ROOT).codePoints().filter(ScorerText::isWordChar)
                            .forEach(out::appendCodePoint);
                }
            } else if (isWordChar(cp)) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /**
     * {@code score_relations.names}: the squashed argument equals the squashed entity, contains it, or
     * (from three characters on) is contained in it.
     */
    public static boolean names(String argument, String entity) {
        String a = squash(argument);
        String e = squash(entity);
        return !a.isEmpty() && !e.isEmpty() && (a.equals(e) || a.contains(e) || (a.length() >= 3 && e.contains(a)));
    }

    /** Python's {@code str.strip()}: Python's whitespace, not Java's, at both ends. */
    public static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** Python's {@code re.sub(r"\s+", " ", s).strip()}. */
    public static String collapseSpace(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean inSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                inSpace = true;
            } else {
                if (inSpace && out.length() > 0) {
                    out.append(' ');
                }
                inSpace = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Python's {@code str.isdigit()} on an already stripped field: non-empty, every character a digit. */
    public static boolean isDigits(String s) {
        return !s.isEmpty() && s.codePoints().allMatch(Character::isDigit);
    }

    /** Python's {@code str.isspace()} for one character: bidirectional class WS, B or S, or a space separator. */
    static boolean isSpace(int cp) {
        byte bidi = Character.getDirectionality(cp);
        return bidi == Character.DIRECTIONALITY_WHITESPACE || bidi == Character.DIRECTIONALITY_PARAGRAPH_SEPARATOR
                || bidi == Character.DIRECTIONALITY_SEGMENT_SEPARATOR || Character.getType(cp) == Character.SPACE_SEPARATOR;
    }

    /** What Python's {@code [^\W_]} matches: letters and every kind of number (str.isalnum). */
    private static boolean isWordChar(int cp) {
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
