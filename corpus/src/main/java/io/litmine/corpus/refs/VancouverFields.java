package io.litmine.corpus.refs;

import io.litmine.corpus.model.Reference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses one Vancouver (NLM) style entry: {@code Authors. Title. Container. Year;Volume(Issue):Pages.}
 * The date block is found first, as the last year followed by {@code ;}, {@code :} or {@code .}, because
 * it is the most regular part; what precedes it splits on sentence stops into authors, title and
 * container. Fields that are not found stay null rather than guessed.
 */
final class VancouverFields {

    private static final Pattern DOI = Pattern.compile("(?i)(?:doi:\\s*|https?://(?:dx\\.)?doi\\.org/)(10\\.\\d{4,9}/\\S+)");
    private static final Pattern PMID = Pattern.compile("(?i)\\bPMID:?\\s*(\\d{4,9})");
    private static final Pattern PMCID = Pattern.compile("(?i)\\bPMCID:?\\s*PMC\\d+");
    private static final Pattern YEAR = Pattern.compile(
            "(?<![\\d.:\\-–/])((?:19|20)\\d{2})[a-z]?(?:\\s+(?:[A-Z][a-z]{2,8}|[A-Z][a-z]{2}-[A-Z][a-z]{2})(?:\\s+\\d{1,2})?)?(?=\\s*(?:[;:.,]|$))");
    private static final Pattern DETAILS = Pattern.compile(
            "^\\s*(?:;\\s*([A-Za-z]?\\d+[A-Za-z]?(?:\\s+Suppl\\s*\\d*)?)?)?\\s*(?:\\(([^)]{1,20})\\))?"
                    + "\\s*(?::\\s*([A-Za-z]?\\d+[A-Za-z]?(?:\\s*[-–]\\s*[A-Za-z]?\\d+[A-Za-z]?)?))?");
    private static final Pattern SEGMENT_END = Pattern.compile("(?<=[.?!])\\s+(?=\\S)");
    private static final Pattern ET_AL = Pattern.compile("(?i),?\\s*\\bet\\s+al\\.?$");

    Reference parse(String label, int index, String raw) {
        String rest = raw;
        String doi = find(DOI, rest);
        if (doi != null) {
            doi = doi.replaceAll("[.,;)\\]]+$", "");
            rest = DOI.matcher(rest).replaceAll(" ");
        }
        String pmid = find(PMID, rest);
        rest = PMCID.matcher(PMID.matcher(rest).replaceAll(" ")).replaceAll(" ").strip();

        Integer year = null;
        String volume = null;
        String issue = null;
        String pages = null;
        String head = rest;
        Matcher y = lastMatch(YEAR, rest);
        if (y != null) {
            year = Integer.valueOf(y.group(1));
            head = rest.substring(0, y.start());
            Matcher d = DETAILS.matcher(rest.substring(y.end()));
            if (d.find()) {
                volume = d.group(1);
                issue = d.group(2);
                pages = d.group(3) == null ? null : d.group(3).replaceAll("\\s+", "");
            }
        }
        List<String> segments = segments(head);
        List<String> authors = segments.isEmpty() ? List.of() : authors(segments.get(0));
        String title = null;
        String container = null;
        if (segments.size() == 2) {
            title = segments.get(1);
        } else if (segments.size() > 2) {
            title = String.join(" ", segments.subList(1, segments.size() - 1));
            container = segments.get(segments.size() - 1);
        }
        return new Reference(label, index, raw, authors, clean(title), clean(container), year, volume,
                issue, pages, doi, pmid);
    }

    /** Splits on sentence stops; a title's own "?" or "!" stays with the title. */
    private static List<String> segments(String head) {
        String text = head.strip().replaceAll("[;,\\s]+$", "");
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : SEGMENT_END.split(text)) {
            String segment = s.strip();
            if (!segment.isEmpty()) {
                out.add(segment);
            }
        }
        return out;
    }

    private static List<String> authors(String segment) {
        String list = ET_AL.matcher(segment.replaceAll("\\.$", "")).replaceAll("").strip();
        return Arrays.stream(list.split("\\s*,\\s*"))
                .map(String::strip)
                .filter(a -> !a.isEmpty() && !a.equalsIgnoreCase("et al"))
                .toList();
    }

    private static String clean(String field) {
        if (field == null) {
            return null;
        }
        String s = field.strip().replaceAll("\\.$", "").strip();
        return s.isEmpty() ? null : s;
    }

    private static String find(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static Matcher lastMatch(Pattern p, String text) {
        Matcher m = p.matcher(text);
        Matcher last = null;
        while (m.find()) {
            last = p.matcher(text);
            last.find(m.start());
        }
        return last;
    }
}
