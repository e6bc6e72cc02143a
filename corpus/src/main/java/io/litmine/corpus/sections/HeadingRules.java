package io.litmine.corpus.sections;

import java.util.regex.Pattern;

/**
 * What a heading looks like in cleaned text, shared by the section splitter and by the PDF paragraph
 * builder (which must keep headings out of the paragraphs around them). Rules: numbered headings
 * ("I. INTRODUCTION", "2. Methods", "3.1 Results"), the usual section names, and short upper-case lines.
 */
public final class HeadingRules {

    private static final int MAX_LENGTH = 100;
    private static final int MAX_WORDS = 12;
    private static final Pattern NUMBERED =
            Pattern.compile("^(?:[IVXL]{1,6}|\\d{1,2}(?:\\.\\d{1,2}){0,3})\\.?\\s+\\p{Lu}.*$");
    private static final Pattern NUMBERING = Pattern.compile("^(?:[IVXL]{1,6}|\\d{1,2}(?:\\.\\d{1,2}){0,3})\\.?\\s+");
    private static final Pattern KNOWN = Pattern.compile("(?i)^(?:abstract|summary|introduction|background"
            + "|(?:materials and |patients and )?methods(?: and materials)?|results(?: and discussion)?|discussion"
            + "|conclusions?|concluding remarks|references|bibliography|literature cited|works cited|reference list"
            + "|acknowledge?ments|funding|conflicts? of interest|competing interests|author contributions)$");
    private static final Pattern REFERENCES =
            Pattern.compile("(?i)^(?:references?(?: list| and notes)?|bibliography|literature cited|works cited)$");
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.,;!?]$");

    private HeadingRules() {
    }

    /** Whether a whole paragraph or line (already stripped of markup) reads as a section heading. */
    public static boolean isHeading(String line) {
        String text = line.strip();
        if (text.isEmpty() || text.length() > MAX_LENGTH || ENDS_SENTENCE.matcher(text).matches()) {
            return false;
        }
        if (text.split("\\s+").length > MAX_WORDS) {
            return false;
        }
        String name = headingName(text);
        return KNOWN.matcher(name).matches() || NUMBERED.matcher(text).matches() || isUpperCaseLine(text);
    }

    /** Whether a heading names the reference list ("REFERENCES", "7. Bibliography:"). */
    public static boolean isReferencesHeading(String line) {
        return isHeading(line) && REFERENCES.matcher(headingName(line.strip())).matches();
    }

    /** The heading as shown to users: trimmed and without a trailing colon. */
    public static String headingText(String line) {
        return line.strip().replaceFirst("\\s*:+$", "");
    }

    private static String headingName(String text) {
        return NUMBERING.matcher(headingText(text)).replaceFirst("").strip();
    }

    /** "CONCLUSIONS", "MULTI-TARGET OF HER2 AGENTS": short, letters, none of them lower-case. */
    private static boolean isUpperCaseLine(String text) {
        if (text.length() > 60 || text.split("\\s+").length > 8) {
            return false;
        }
        long letters = text.codePoints().filter(Character::isLetter).count();
        return letters >= 4 && text.codePoints().noneMatch(Character::isLowerCase);
    }
}
