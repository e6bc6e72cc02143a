package io.litmine.corpus.meta;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The DOI, PubMed and PubMed Central ids and publication year printed in a paper's front matter. The first page carries them in
 * predictable places — the running citation line ("Trials 2015, 16:1", "Metabolites 2014, 4, 932-945;
 * doi:…"), "Published: 17 October 2014", the copyright line — so a few anchored patterns beat guessing
 * from any year or DOI in the text (the reference list is full of both).
 */
public final class PublicationIds {

    /** Crossref's recommended pattern for modern DOIs, stopped at a space or closing punctuation. */
    private static final Pattern DOI = Pattern.compile("\\b(10\\.\\d{4,9}/[-._;()/:A-Za-z0-9]+[A-Za-z0-9])");
    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final Pattern[] YEAR_RULES = {
        // "Published: 17 October 2014", "Published online: 2014-03-31", "Date: 13th Jan 2022"
        Pattern.compile("(?im)^\\s*(?:Published(?: online)?|Date|Publication date)\\s*:?[^\\n]{0,40}?\\b" + YEAR + "\\b"),
        // the journal citation line: "BMC Evolutionary Biology 2014, 14:70", "Metabolites 2014, 4, 932-945", "PLoS ONE 9(12): … (2014)"
        Pattern.compile("\\b" + YEAR + ",\\s*\\d+\\s*(?::\\s*\\d|,\\s*\\d+\\s*[-–]\\s*\\d)"),
        // "© 2014 Barnett et al.", "Copyright: © 2014", "(c) 2014"
        Pattern.compile("(?i)(?:©|\\(c\\)|copyright\\W{0,4}(?:©|\\(c\\))?)\\s*" + YEAR + "\\b"),
    };
    /**
     * Where a paper cites itself: "doi:10.1186/… Cite this article as: …" (BMC prints it after the
     * references, the DOI on the line before) or "Cite this article as: … doi:10.1186/…".
     */
    private static final Pattern CITE_AS = Pattern.compile("(?i)\\bdoi:?\\s*(10\\.\\S+)\\s*\\n\\s*Cite this article as:"
            + "|Cite this article as:[^\\n]*(?:\\n[^\\n]*){0,3}?\\bdoi:?\\s*(10\\.\\S+)");

    /** "PMID: 17936563", "PMID 17936563", "[PMID: 17936563]". */
    private static final Pattern PMID = Pattern.compile("(?i)\\bPMID:?\\s*(\\d{5,9})\\b");
    /** "PMCID: PMC4281234", "PMC4281234" printed as an id. */
    private static final Pattern PMCID = Pattern.compile("(?i)\\b(?:PMCID:?\\s*)?(PMC\\d{5,9})\\b");

    private PublicationIds() {
    }

    /** The first PubMed id printed as one ("PMID: 17936563") in {@code text}. */
    public static Optional<String> pmid(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = PMID.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The first PubMed Central id ("PMC4281234") in {@code text}. */
    public static Optional<String> pmcid(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = PMCID.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The first DOI in {@code text} (a metadata value, a first page), without trailing punctuation. */
    public static Optional<String> doi(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = DOI.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The DOI of a "Cite this article as" note anywhere in the text. */
    public static Optional<String> selfCitationDoi(String text) {
        Matcher m = CITE_AS.matcher(text);
        return m.find() ? doi(m.group(1) != null ? m.group(1) : m.group(2)) : Optional.empty();
    }

    /** The publication year printed on the first page, by the rules above in order. */
    public static Optional<Integer> year(String firstPage) {
        for (Pattern rule : YEAR_RULES) {
            Matcher m = rule.matcher(firstPage);
            if (m.find()) {
                return Optional.of(Integer.parseInt(m.group(1)));
            }
        }
        return Optional.empty();
    }

    /** The year of an ISO-like metadata date ("2014-03-31T15:42:57Z"), if plausible. */
    public static Optional<Integer> yearOfDate(String date) {
        if (date == null || !date.strip().matches("(?:19|20)\\d{2}.*")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(date.strip().substring(0, 4)));
    }
}
