package io.litmine.corpus.refs;

import io.litmine.corpus.model.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses one reference entry into fields, whatever the journal style: the author list is cut off
 * first ({@link AuthorBlock}), then the date block is found as the last year followed by {@code ;},
 * {@code ,}, {@code :} or {@code .} (Vancouver {@code 2020;382(7):610-21}, BMC {@code 2012, 279(1747):4568},
 * MDPI {@code 1999, 144, 103–113}); author–year styles print the year after the authors and the
 * volume/pages at the end instead. What precedes the details splits on sentence stops into title and
 * container; a book ("City: Publisher; 1999") has its title as container, as JATS tags it. Fields that
 * are not found stay null rather than guessed.
 */
final class ReferenceFields {

    private static final Pattern DOI = Pattern.compile("(?i)(?:doi:\\s*|https?://(?:dx\\.)?doi\\.org/)(10\\.\\d{4,9}/\\S+)");
    private static final Pattern PMID = Pattern.compile("(?i)\\bPMID:?\\s*(\\d{4,9})");
    private static final Pattern PMCID = Pattern.compile("(?i)\\bPMCID:?\\s*PMC\\d+");
    private static final Pattern URL = Pattern.compile("\\[?(?:https?://|www\\.)\\S*(?:\\s+[^\\s\\]]*[/\\]]\\S*)*\\]?\\.?");
    private static final Pattern YEAR = Pattern.compile(
            "(?<![\\d.:\\-–/])((?:1[89]|20)\\d{2})[a-z]?(?:\\s+(?:[A-Z][a-z]{2,8}|[A-Z][a-z]{2}-[A-Z][a-z]{2})(?:\\s+\\d{1,2})?)?(?=\\s*(?:[;:.,]|$))");
    private static final String VOLUME = "[A-Za-z]?\\d+[A-Za-z]?(?:\\s+Suppl\\s*\\d*)?";
    private static final String PAGES = "[A-Za-z]?\\d+[A-Za-z]?(?:\\s*[-–]\\s*[A-Za-z]?\\d+[A-Za-z]?)?";
    private static final Pattern DETAILS = Pattern.compile(
            "^\\s*(?:[;,]\\s*(" + VOLUME + ")?)?\\s*(?:\\(([^)]{1,20})\\))?\\s*(?:[:,]\\s*(?:pp?\\.\\s*)?(" + PAGES + ")(?![\\d/]))?");
    /** Author–year styles end with the details: "Mol Phylogenet Evol 16: 131–142." or "… pp. 39–46." */
    private static final Pattern TRAILING_DETAILS = Pattern.compile(
            "[\\s,]+(" + VOLUME + ")\\s*(?:\\(([^)]{1,20})\\))?\\s*:\\s*(" + PAGES + ")\\.?\\s*$|[\\s,]+pp?\\.\\s*(" + PAGES + ")\\.?\\s*$");
    private static final Pattern SEGMENT_END = Pattern.compile("(?<=[.?!])\\s+(?=\\S)");
    /** A publisher segment of a book: "Philadelphia: Taylor & Francis", "Wiley: New York, NY, USA". */
    private static final Pattern PUBLISHER = Pattern.compile(
            "^[^:.]{2,60}:\\s*[^:]{2,80}$|.*\\b(?:Press|Publishers?|Publishing|Verlag|Wiley|Springer|Elsevier|Academic|Inc|Ltd)\\b.*");
    /** MDPI books: "Multivariate Calibration; Martens, H., Naes, T., Eds.; Wiley: New York, NY, USA". */
    private static final Pattern EDITED_BOOK = Pattern.compile("^(.+?);\\s*[^;]*\\bEds?\\.(?:;.*)?$");
    private static final Pattern IN_BOOK = Pattern.compile("^In:?\\s+(.*)$");

    private record Details(String volume, String issue, String pages) {
        static final Details NONE = new Details(null, null, null);
    }

    Reference parse(String label, int index, String raw) {
        String rest = raw;
        String doi = find(DOI, rest);
        if (doi != null) {
            doi = doi.replaceAll("[.,;)\\]]+$", "");
            rest = DOI.matcher(rest).replaceAll(" ");
        }
        String pmid = find(PMID, rest);
        rest = PMCID.matcher(PMID.matcher(rest).replaceAll(" ")).replaceAll(" ");
        rest = URL.matcher(rest).replaceAll(" ").replaceAll("\\s+", " ").strip();

        AuthorBlock.Split split = AuthorBlock.split(rest);
        Integer year = split.year();
        Details details = Details.NONE;
        String head = split.rest();
        if (year != null) {
            Matcher t = TRAILING_DETAILS.matcher(head);
            if (t.find()) {
                details = t.group(4) != null ? new Details(null, null, t.group(4)) : new Details(t.group(1), t.group(2), t.group(3));
                head = head.substring(0, t.start());
            }
        } else {
            Matcher y = lastMatch(YEAR, head);
            if (y != null) {
                year = Integer.valueOf(y.group(1));
                Matcher d = DETAILS.matcher(head.substring(y.end()));
                if (d.find()) {
                    details = new Details(d.group(1), d.group(2), d.group(3));
                }
                head = head.substring(0, y.start());
            }
        }
        String[] titleAndContainer = titleAndContainer(segments(head), details == Details.NONE || details.volume() == null && details.pages() == null);
        String pages = details.pages() == null ? null : details.pages().replaceAll("\\s+", "");
        return new Reference(label, index, raw, split.authors(), clean(titleAndContainer[0]), clean(titleAndContainer[1]),
                year, details.volume(), details.issue(), pages, doi, pmid);
    }

    /**
     * Title and container from the sentences before the date. A journal abbreviated with stops
     * ("Eur. J. Plant Pathol.") comes out as several one-word sentences: they are put back together.
     */
    private static String[] titleAndContainer(List<String> segments, boolean noDetails) {
        List<String> s = new ArrayList<>(segments);
        if (s.isEmpty()) {
            return new String[] {null, null};
        }
        if (noDetails) {
            return bookOrUntitled(s);
        }
        if (s.size() == 1) {
            return new String[] {s.get(0), null};
        }
        int containerStart = s.size() - 1;
        while (containerStart > 1 && isAbbreviation(s.get(containerStart - 1))) {
            containerStart--;
        }
        return new String[] {String.join(" ", s.subList(0, containerStart)),
                String.join(" ", s.subList(containerStart, s.size()))};
    }

    /** No volume or pages: a book, a chapter, a thesis, a report or a bare title. */
    private static String[] bookOrUntitled(List<String> s) {
        boolean published = s.size() > 1 && PUBLISHER.matcher(stripStop(s.get(s.size() - 1))).matches();
        List<String> parts = published ? s.subList(0, s.size() - 1) : s;
        for (int i = 1; i < parts.size(); i++) {
            Matcher in = IN_BOOK.matcher(parts.get(i));
            if (in.matches()) {
                return new String[] {String.join(" ", parts.subList(0, i)),
                        String.join(" ", parts.subList(i, parts.size())).replaceFirst("^In:?\\s+", "")};
            }
        }
        String whole = String.join(" ", parts);
        Matcher edited = EDITED_BOOK.matcher(whole);
        if (edited.matches()) {
            return new String[] {null, edited.group(1)};
        }
        if (published || s.size() == 1) {
            return published ? new String[] {null, whole} : new String[] {whole, null};
        }
        return new String[] {s.get(0), String.join(" ", s.subList(1, s.size()))};
    }

    /** "Eur.", "J.", "Natl.": one short capitalised word with a stop, part of an abbreviated journal name. */
    private static boolean isAbbreviation(String segment) {
        return segment.matches("\\p{Lu}\\p{L}{0,6}\\.");
    }

    private static String stripStop(String s) {
        return s.replaceAll("[.;,\\s]+$", "");
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

    private static String clean(String field) {
        if (field == null) {
            return null;
        }
        String s = field.strip().replaceAll("[.,;:]$", "").strip();
        return s.isEmpty() ? null : s;
    }

    private static String find(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static Matcher lastMatch(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int start = -1;
        while (m.find()) {
            start = m.start();
        }
        if (start < 0) {
            return null;
        }
        Matcher last = p.matcher(text);
        last.find(start);
        return last;
    }
}
