package io.litmine.annotators.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds author–year callouts: parenthetical {@code (Slamon et al., 2001)}, {@code (Slamon et al. 2001;
 * Nahta and Esteva, 2006)}, {@code (Smith and Jones 2019a)}, {@code (Smith 2001, 2003b)}, and narrative
 * {@code Smith and Jones (2019)}, {@code Slamon et al. (2001)}. Each label is "Surname Year[letter]" of
 * the first author, the form {@link io.litmine.corpus.refs.AuthorYearLabel} gives the references.
 *
 * <p>The grammar needs a capitalised name right before each year, so {@code (2019)}, {@code (n = 12,
 * 2019)} and {@code (Fig. 2, 2019)} never match; whether a name-like match such as {@code (January 2001)}
 * is a callout is decided by the caller, which knows the reference list.
 */
final class AuthorYearParser {

    private static final String SURNAME = "(?:(?:van|von|de|der|den|del|du|da|di|la|le|De|Van|Von|Du|Da|Di|La|Le)\\s+){0,2}"
            + "\\p{Lu}[\\p{L}'’-]*\\p{Ll}[\\p{L}'’-]*";
    private static final String NAMES = "(" + SURNAME + ")(?:\\s+et\\s+al\\.?|\\s+(?:and|&)\\s+(" + SURNAME + "))?";
    private static final String YEAR = "(?:19|20)\\d{2}[a-z]?";
    private static final String YEARS = YEAR + "(?:\\s*,\\s*(?:" + YEAR + "|[a-z])(?![\\p{L}\\d]))*";
    private static final String ITEM = NAMES + ",?\\s+(" + YEARS + ")";
    private static final String PREFIX = "(?:(?:e\\.g\\.|i\\.e\\.|see(?:\\s+also)?|cf\\.|reviewed\\s+in)\\s*,?\\s*)?";
    private static final Pattern PARENTHETICAL = Pattern.compile(
            "\\(\\s*" + PREFIX + stripGroups(ITEM) + "(?:\\s*[;,]\\s*" + PREFIX + stripGroups(ITEM) + ")*\\s*\\)");
    private static final Pattern ONE_ITEM = Pattern.compile(ITEM);
    private static final Pattern NARRATIVE = Pattern.compile("(?<![\\p{L}])" + NAMES + "\\s+\\(\\s*(" + YEARS + ")\\s*\\)");
    private static final Pattern YEAR_OR_LETTER = Pattern.compile("((?:19|20)\\d{2})?([a-z])?");

    List<Callout> find(String text) {
        List<Callout> callouts = new ArrayList<>();
        Matcher p = PARENTHETICAL.matcher(text);
        while (p.find()) {
            List<String> labels = new ArrayList<>();
            Matcher item = ONE_ITEM.matcher(p.group());
            while (item.find()) {
                labels.addAll(labels(item.group(1), item.group(3)));
            }
            callouts.add(new Callout(p.group(), p.start(), p.end(), labels));
        }
        Matcher n = NARRATIVE.matcher(text);
        while (n.find()) {
            int start = n.start();
            if (callouts.stream().noneMatch(c -> c.start() < n.end() && start < c.end())) {
                callouts.add(new Callout(n.group(), start, n.end(), labels(n.group(1), n.group(3))));
            }
        }
        callouts.sort(java.util.Comparator.comparingInt(Callout::start));
        return callouts;
    }

    /** "Smith", "2001, 2003b, c" → "Smith 2001", "Smith 2003b", "Smith 2003c". */
    private static List<String> labels(String surname, String years) {
        List<String> labels = new ArrayList<>();
        String year = null;
        for (String part : years.split("\\s*,\\s*")) {
            Matcher m = YEAR_OR_LETTER.matcher(part.strip());
            if (!m.matches()) {
                continue;
            }
            year = m.group(1) != null ? m.group(1) : year;
            if (year != null) {
                labels.add(surname + " " + year + (m.group(2) == null ? "" : m.group(2)));
            }
        }
        return labels;
    }

    /** The item pattern without capturing groups, for use inside the list pattern. */
    private static String stripGroups(String regex) {
        return regex.replaceAll("\\((?!\\?)", "(?:");
    }
}
