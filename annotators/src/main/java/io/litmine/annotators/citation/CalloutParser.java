package io.litmine.annotators.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbered citation callouts in a string: {@code (19)}, {@code (4, 22)}, {@code (10-13)},
 * {@code (10–13)}, {@code [33, 59]}, {@code [2,4-6]}.
 *
 * <p>The grammar only admits numbers, commas/semicolons and range dashes inside the brackets, so
 * {@code (n = 12)}, {@code (p < 0.05)}, {@code (95% CI 1.2-3.4)}, {@code (Fig. 2)} and doses never
 * match. What the grammar still lets through is filtered by context: a year such as {@code (2019)}
 * (a number in [yearMin, yearMax] beyond the end of the reference list), a reference-list issue
 * number glued to a volume ({@code 382(7):610-21}), and implausibly long ranges.
 */
public final class CalloutParser {

    private static final String NUMBER_OR_RANGE = "\\d{1,4}(?:\\s*[-–—‐]\\s*\\d{1,4})?";
    private static final Pattern CALLOUT = Pattern.compile(
            "[(\\[]\\s*(" + NUMBER_OR_RANGE + "(?:\\s*[,;]\\s*" + NUMBER_OR_RANGE + ")*)\\s*[)\\]]");
    private static final Pattern ITEM = Pattern.compile("(\\d{1,4})(?:\\s*[-–—‐]\\s*(\\d{1,4}))?");

    private static final Pattern VALUE_BEFORE = Pattern.compile("(?:^|[\\s(])[<>]?\\d+(?:[.,]\\d+)?%?\\s+$");

    private final int yearMin;
    private final int yearMax;
    private final int maxRange;

    public CalloutParser(int yearMin, int yearMax, int maxRange) {
        this.yearMin = yearMin;
        this.yearMax = yearMax;
        this.maxRange = maxRange;
    }

    public static CalloutParser defaults() {
        return new CalloutParser(1900, 2099, 100);
    }

    /**
     * Callouts in {@code text}, in order. {@code referenceCount} is the length of the paper's
     * reference list: a number above it that looks like a year is read as a year.
     */
    public List<Callout> find(String text, int referenceCount) {
        List<Callout> callouts = new ArrayList<>();
        Matcher m = CALLOUT.matcher(text);
        while (m.find()) {
            if (!bracketsPair(text.charAt(m.start()), text.charAt(m.end() - 1)) || gluedToNumber(text, m.start(), m.end())
                    || notationOrTableCell(text, m.start(), m.end())) {
                continue;
            }
            List<Integer> labels = labels(m.group(1), referenceCount);
            if (!labels.isEmpty()) {
                callouts.add(new Callout(m.group(), m.start(), m.end(), labels.stream().map(String::valueOf).toList()));
            }
        }
        return callouts;
    }

    /** The labels of the callout body, ranges expanded, or empty when it is not a callout. */
    private List<Integer> labels(String body, int referenceCount) {
        List<Integer> labels = new ArrayList<>();
        Matcher item = ITEM.matcher(body);
        while (item.find()) {
            int first = Integer.parseInt(item.group(1));
            int last = item.group(2) == null ? first : Integer.parseInt(item.group(2));
            if (first == 0 || last < first || last - first > maxRange
                    || isYear(first, referenceCount) || isYear(last, referenceCount)) {
                return List.of();
            }
            for (int label = first; label <= last; label++) {
                labels.add(label);
            }
        }
        return labels;
    }

    private boolean isYear(int number, int referenceCount) {
        return number >= yearMin && number <= yearMax && number > referenceCount;
    }

    private static boolean bracketsPair(char open, char close) {
        return (open == '(' && close == ')') || (open == '[' && close == ']');
    }

    /**
     * {@code t[1]}, {@code p[2]} (a component index glued to its symbol), {@code [ 2]} (an axis label with
     * padding) and {@code 46 (11)} (a table cell: a value then its SD or percentage) are not callouts.
     */
    private static boolean notationOrTableCell(String text, int start, int end) {
        boolean symbolBefore = start > 0 && Character.isLetter(text.charAt(start - 1));
        boolean padded = Character.isWhitespace(text.charAt(start + 1)) || Character.isWhitespace(text.charAt(end - 2));
        return symbolBefore || padded || VALUE_BEFORE.matcher(text.substring(Math.max(0, start - 12), start)).find();
    }

    /**
     * {@code 382(7):610-21}: an issue number sits between a volume and pages with no space; a
     * callout follows a word or punctuation, never a digit, and is never followed by ":" or a digit.
     */
    private static boolean gluedToNumber(String text, int start, int end) {
        boolean digitBefore = start > 0 && Character.isDigit(text.charAt(start - 1));
        boolean pagesAfter = end < text.length() && (text.charAt(end) == ':' || Character.isDigit(text.charAt(end)));
        return digitBefore || pagesAfter;
    }
}
