package io.litmine.corpus.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how a line that ends in a hyphen joins the next line. Typesetters hyphenate words
 * ("pro-" / "liferation"), but review papers are full of real compounds that also break at their
 * hyphen ("HER2-" / "positive", "growth-" / "inhibitory"). Without a dictionary, the document itself is
 * the best evidence: a compound seen elsewhere with its hyphen keeps it, a word seen elsewhere whole is
 * joined, and two fragments that are both words of the document are taken as a compound.
 */
final class Dehyphenator {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*(?:-\\p{L}[\\p{L}\\p{N}]*)*");
    private static final Pattern LEFT_FRAGMENT = Pattern.compile("(\\p{L}[\\p{L}\\p{N}]*)-$");
    private static final Pattern RIGHT_FRAGMENT = Pattern.compile("^(\\p{L}+)");
    /** A word broken across a line end: its fragments are no evidence of anything, so they are not learned. */
    private static final Pattern BROKEN = Pattern.compile("[\\p{L}\\p{N}]*-[ \\t]*\\n\\s*[\\p{L}\\p{N}]*");

    /** Word endings a typesetter leaves on the next line; they never start the second half of a compound. */
    private static final Set<String> SUFFIXES = Set.of("ment", "ments", "tion", "tions", "sion", "sions", "ance",
            "ances", "ence", "ences", "ings", "ling", "lings", "ness", "able", "ible", "ities", "ively", "ously",
            "ated", "ation", "ations", "ally", "ular", "ical", "ically", "ologies", "ology", "ators", "ator");

    /** Prefixes that biomedical prose writes with a hyphen ("anti-HER2", "intra-tumoural"). */
    private static final Set<String> PREFIXES =
            Set.of("anti", "multi", "non", "self", "cross", "intra", "inter", "semi", "pan", "pseudo", "post");

    private final Set<String> words = new HashSet<>();
    private final Set<String> compounds = new HashSet<>();

    /** Learns the document's vocabulary from its whole text (before lines are joined). */
    Dehyphenator(String documentText) {
        Matcher m = WORD.matcher(BROKEN.matcher(documentText).replaceAll(" "));
        while (m.find()) {
            String token = m.group().toLowerCase(Locale.ROOT);
            if (token.indexOf('-') >= 0) {
                compounds.add(token);
                for (String part : token.split("-")) {
                    words.add(part);
                }
            } else {
                words.add(token);
            }
        }
    }

    /**
     * Joins {@code left}, which ends with a hyphen, to {@code right}, the next line: the hyphen is
     * dropped only when both sides are lower-case letters and the document does not vouch for a compound.
     */
    String join(String left, String right) {
        if (right.isEmpty() || !Character.isLetterOrDigit(right.codePointAt(0))) {
            return left + " " + right; // "single- (e.g. …": a dangling hyphen, not a broken word
        }
        return dropHyphen(left, right) ? left.substring(0, left.length() - 1) + right : left + right;
    }

    private boolean dropHyphen(String left, String right) {
        // Only the last word matters, and paragraphs can be long: look at the tail only.
        Matcher l = LEFT_FRAGMENT.matcher(left.substring(Math.max(0, left.length() - 80)));
        Matcher r = RIGHT_FRAGMENT.matcher(right);
        if (!l.find() || !r.find()) {
            return false;
        }
        String head = l.group(1);
        String tail = r.group(1);
        char lastOfHead = head.charAt(head.length() - 1);
        if (!Character.isLowerCase(lastOfHead) || !Character.isLowerCase(tail.charAt(0))) {
            return false; // "HER2-" / "positive", "Bevacizumab-" / "Based": a compound
        }
        String h = head.toLowerCase(Locale.ROOT);
        String t = tail.toLowerCase(Locale.ROOT);
        if (compounds.contains(h + "-" + t)) {
            return false;
        }
        if (words.contains(h + t)) {
            return true;
        }
        if (PREFIXES.contains(h)) {
            return false;
        }
        if (h.length() > 1 && t.length() > 1 && words.contains(h) && words.contains(t)) {
            return false;
        }
        // "long-" / "term": a whole word on the left and a word-sized right part that is no suffix.
        return !(h.length() >= 4 && t.length() >= 4 && words.contains(h) && !SUFFIXES.contains(t));
    }
}
