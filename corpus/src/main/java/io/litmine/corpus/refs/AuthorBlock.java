package io.litmine.corpus.refs;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where the author list of a reference ends, in the styles biomedical journals print:
 * author–year ({@code Emerson SB, Inger RF (2000) Title…}), BMC ({@code Mellows A, Larson G: Title…}),
 * MDPI/ACS ({@code Langseth, W.; Kosiak, B. Title…}) and Vancouver ({@code Feeny D, Acheson JM. Title…}).
 * Each style has a delimiter no other part of the entry uses at that place, so the first style whose
 * delimiter is found in a plausible author list wins; Vancouver (the first sentence) is the fallback.
 */
final class AuthorBlock {

    /** The authors, what follows them, and the year when the style prints it right after the authors. */
    record Split(List<String> authors, String rest, Integer year) {
    }

    private static final Pattern AUTHOR_YEAR = Pattern.compile(
            "^(.{2,600}?)\\s*\\(((?:1[89]|20)\\d{2})[a-z]?\\)[.,:]?\\s+(\\S.*)$", Pattern.DOTALL);
    private static final String INITIALS = "(?:\\p{Lu}\\p{Ll}?\\.[\\s-]?)+";
    private static final Pattern SEMICOLON_AUTHORS = Pattern.compile(
            "^((?:(?:and\\s+|&\\s+)?[^;.,]{1,60}?, " + INITIALS + "\\s*;\\s*)*(?:(?:and\\s+|&\\s+)?[^;.,]{1,60}?, "
                    + INITIALS + "|et al\\.))\\s*(?:;\\s*et al\\.)?\\s+(\\S.*)$", Pattern.DOTALL);
    /** A name as the BMC and Vancouver styles print it: surname then initials ("Stafford Jr TW", "Ho SYW"). */
    private static final Pattern NAME = Pattern.compile(
            "^\\p{Lu}\\p{Ll}+\\p{Lu}{1,3}$|^(?:\\p{Lu}[\\p{L}'’\\-]*\\s+){0,3}(?:Jr\\.?\\s+|Sr\\.?\\s+)?\\p{Lu}{1,4}(?:\\s+(?:Jr|Sr|II|III))?\\.?$|^et al\\.?$");
    private static final Pattern STOP = Pattern.compile("\\.\\s+(?=\\S)");
    private static final Pattern DOTTED_INITIAL = Pattern.compile("\\p{Lu}\\.[\\s,]");
    private static final Pattern ET_AL = Pattern.compile("(?i),?\\s*\\bet\\s+al\\.?:?$");

    private AuthorBlock() {
    }

    static Split split(String entry) {
        Matcher m = AUTHOR_YEAR.matcher(entry);
        if (m.matches() && looksLikeAuthors(m.group(1))) {
            return new Split(commaAuthors(m.group(1)), m.group(3), Integer.valueOf(m.group(2)));
        }
        m = SEMICOLON_AUTHORS.matcher(entry);
        if (m.matches() && m.group(1).contains(";") || m.matches() && startsWithSingleSemicolonAuthor(m.group(1))) {
            List<String> authors = Arrays.stream(m.group(1).split("\\s*;\\s*"))
                    .map(a -> a.replaceFirst("^(?:and|&)\\s+", "").replaceAll("\\.$", "").strip())
                    .filter(a -> !a.isEmpty() && !a.equalsIgnoreCase("et al"))
                    .toList();
            return new Split(authors, m.group(2), null);
        }
        int colon = entry.indexOf(": ");
        int stop = entry.indexOf(". ");
        if (colon > 0 && (stop < 0 || colon < stop) && looksLikeAuthors(entry.substring(0, colon))) {
            return new Split(commaAuthors(entry.substring(0, colon)), entry.substring(colon + 2), null);
        }
        int end = vancouverEnd(entry);
        if (end < 0) {
            return new Split(List.of(), entry, null);
        }
        return new Split(commaAuthors(entry.substring(0, end)), entry.substring(end + 1).strip(), null);
    }

    /** "De Jong, S. Title": one author in the semicolon style, told apart from "Smith J, Lee K. Title". */
    private static boolean startsWithSingleSemicolonAuthor(String block) {
        return block.matches("^[^,]{1,40}, " + INITIALS + "$");
    }

    /** The first ". " that ends the name list; dotted initials ("Smith J. A. Title") do not end it. */
    private static int vancouverEnd(String entry) {
        Matcher stop = STOP.matcher(entry);
        while (stop.find()) {
            if (!DOTTED_INITIAL.matcher(entry).region(stop.end(), entry.length()).lookingAt()) {
                return stop.start();
            }
        }
        return -1;
    }

    private static boolean looksLikeAuthors(String block) {
        String list = ET_AL.matcher(block.strip()).replaceAll("");
        String[] names = list.split("\\s*,\\s*|\\s+(?:and|&)\\s+");
        long plausible = Arrays.stream(names).map(String::strip).filter(n -> NAME.matcher(n).matches()).count();
        // Corporate authors ("UNESCO-IPBES", "European Environment Agency (EEA)") are allowed when short.
        return plausible == names.length || names.length == 1 && list.length() <= 60 && !list.contains(". ");
    }

    static List<String> commaAuthors(String block) {
        String list = ET_AL.matcher(block.strip().replaceAll("[.:]$", "")).replaceAll("").strip();
        return Arrays.stream(list.split("\\s*,\\s*|\\s+(?:and|&)\\s+"))
                .map(String::strip)
                .filter(a -> !a.isEmpty() && !a.equalsIgnoreCase("et al"))
                .toList();
    }
}
