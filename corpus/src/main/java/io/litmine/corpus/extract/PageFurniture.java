package io.litmine.corpus.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Removes what a PDF repeats on every page — running headers and footers ("Barnett et al. BMC
 * Evolutionary Biology 2014, 14:70 Page 2 of 11", "Metabolites 2014, 4 933") and bare page numbers —
 * which Tika leaves in the middle of sentences and reference entries. A line is furniture when its
 * shape (digits ignored) recurs on at least {@link #MIN_REPEATS} lines: prose and reference entries
 * never repeat word for word, headers do on every page.
 */
final class PageFurniture {

    private static final int MIN_REPEATS = 3;
    private static final int MAX_LENGTH = 160;
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^(?:Page\\s+)?\\d{1,4}(?:\\s*(?:/|of)\\s*\\d{1,4})?$");

    private PageFurniture() {
    }

    /** The lines without furniture; line text is compared trimmed and with runs of spaces collapsed. */
    static List<String> remove(List<String> lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (String line : lines) {
            String shape = shape(line);
            if (shape != null) {
                counts.merge(shape, 1, Integer::sum);
            }
        }
        return lines.stream().filter(line -> !isFurniture(line, counts)).toList();
    }

    private static boolean isFurniture(String line, Map<String, Integer> counts) {
        String shape = shape(line);
        return shape != null && counts.get(shape) >= MIN_REPEATS;
    }

    /** Null for lines that are never furniture: blank, too long, or without enough letters to mean a header. */
    private static String shape(String line) {
        String text = line.strip().replaceAll("\\s+", " ");
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            return null;
        }
        long letters = text.codePoints().filter(Character::isLetter).count();
        if (letters < 4 && !PAGE_NUMBER.matcher(text).matches()) {
            return null;
        }
        return DIGITS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("#");
    }
}
