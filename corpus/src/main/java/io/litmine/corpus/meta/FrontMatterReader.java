package io.litmine.corpus.meta;

import io.litmine.corpus.model.Publication;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * A paper's title, authors, year and DOI from what the file declares (PDF document information / XMP,
 * HTML and DOCX properties) checked against, and completed from, its first page. Declared values are
 * trusted only when they look like what they claim to be: typesetters often put a job name in the
 * title ("9785973141004535 1..11", "pone.0115884 1..14", "Microsoft Word - draft.docx") and a tool or
 * project in the author field.
 */
public final class FrontMatterReader {

    /** Enough for the title block and the citation/copyright lines of any first page seen so far. */
    private static final int FIRST_PAGE_CHARS = 6000;
    private static final int MAX_TITLE = 300;
    private static final Pattern JOB_NAME = Pattern.compile("(?i).*\\d+\\s*\\.\\.\\s*\\d+\\s*$|.*\\.(pdf|docx?|tex|indd|qxd|rtf)$|untitled.*");
    /**
     * The reference list's heading: plain ("References"), as Markdown writes it ("## References"),
     * numbered ("7. References") or bold ("**References**").
     */
    private static final Pattern REFERENCES = Pattern.compile(
            "(?im)^\\s*(?:#{1,6}\\s*)?(?:\\*\\*|__)?(?:\\d{1,2}\\.?\\s+)?(references|bibliography|literature cited|reference list)"
                    + "\\s*:?\\s*(?:\\*\\*|__)?\\s*$");
    /** A line that starts like an entry of a reference list ("1. Finn RS", "[12] Slamon DJ"): its DOI is a cited work's. */
    private static final Pattern REFERENCE_ENTRY = Pattern.compile("(?m)^\\s*(?:\\[\\d{1,3}]|\\d{1,3}\\.)\\s+\\p{Lu}[^\\n]*");
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");
    private static final String[] JOURNAL_KEYS = {"citation_journal_title", "prism:publicationName", "citation_journal_abbrev"};
    private static final String[] DATE_KEYS = {"dcterms:created", "xmp:CreateDate", "pdf:docinfo:created"};

    private FrontMatterReader() {
    }

    /**
     * Reads the front matter. {@code text} is the extracted text (its start is the first page; its end
     * may hold a "Cite this article as" note); {@code fallbackTitle} is used when neither the metadata nor
     * the first page gives a title.
     */
    public static FrontMatter read(Metadata metadata, String text, boolean firstPageTitle, String fallbackTitle) {
        String firstPage = firstPage(text);
        TitleBlock block = TitleBlock.read(firstPage);
        String title = declaredTitle(metadata)
                .or(() -> firstPageTitle && !block.title().isEmpty() ? Optional.of(block.title()) : Optional.empty())
                .orElse(fallbackTitle);
        List<String> authors = declaredAuthors(metadata);
        if (authors.isEmpty()) {
            authors = block.authors();
        }
        Integer year = PublicationIds.year(firstPage).or(() -> declaredYear(metadata)).orElse(null);
        String doi = PublicationIds.doi(metadata.get("citation_doi"))
                .or(() -> PublicationIds.doi(metadata.get(TikaCoreProperties.IDENTIFIER)))
                .or(() -> PublicationIds.doi(metadata.get(TikaCoreProperties.DESCRIPTION)))
                .or(() -> PublicationIds.doi(REFERENCE_ENTRY.matcher(firstPage).replaceAll("")))
                .or(() -> PublicationIds.selfCitationDoi(text))
                .orElse(null);
        return new FrontMatter(bounded(title), authors, year, doi, publication(metadata, firstPage));
    }

    /**
     * The journal the file declares (HTML {@code citation_journal_title}, XMP {@code prism:publicationName}),
     * and the PMID and PMCID it declares or prints on its first page ("PMID: 17936563", "PMCID: PMC4281234").
     */
    static Publication publication(Metadata metadata, String firstPage) {
        String journal = declared(metadata, JOURNAL_KEYS);
        String pmid = Optional.ofNullable(declared(metadata, "citation_pmid")).or(() -> PublicationIds.pmid(firstPage)).orElse(null);
        String pmcid = Optional.ofNullable(declared(metadata, "citation_pmcid")).or(() -> PublicationIds.pmcid(firstPage)).orElse(null);
        return new Publication(journal != null && journal.length() <= MAX_TITLE ? journal : null, pmid, pmcid);
    }

    private static String declared(Metadata metadata, String... keys) {
        for (String key : keys) {
            String value = metadata.get(key);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    /** The start of the text, cut before a reference list (a short paper's would lend its DOIs and years). */
    private static String firstPage(String text) {
        String start = text.substring(0, Math.min(text.length(), FIRST_PAGE_CHARS));
        Matcher refs = REFERENCES.matcher(start);
        return refs.find() ? start.substring(0, refs.start()) : start;
    }

    /** The declared title, unless it is a typesetter's job name or file name. */
    static Optional<String> declaredTitle(Metadata metadata) {
        String declared = metadata.get(TikaCoreProperties.TITLE);
        if (declared == null) {
            return Optional.empty();
        }
        String t = declared.replaceFirst("^Microsoft Word - ", "").replaceAll("\\s+", " ").strip();
        long words = WORD.matcher(t).results().count();
        if (words < 2 || JOB_NAME.matcher(t).matches()) {
            return Optional.empty();
        }
        return Optional.of(t);
    }

    /**
     * Declared authors when every one is a person's name: one value per author, or one value listing
     * them ("Barbara Laddomada, Laura Del Coco, …"). "litmine sample corpus" or a tool name is no author.
     */
    static List<String> declaredAuthors(Metadata metadata) {
        String[] values = metadata.getValues(TikaCoreProperties.CREATOR);
        List<String> names = new ArrayList<>();
        for (String value : values) {
            List<String> parts = Arrays.stream(value.split("\\s*[,;]\\s*|\\s+and\\s+"))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (parts.isEmpty() || !parts.stream().allMatch(TitleBlock::isName)) {
                return List.of();
            }
            names.addAll(parts);
        }
        return names;
    }

    private static Optional<Integer> declaredYear(Metadata metadata) {
        for (String key : DATE_KEYS) {
            Optional<Integer> year = PublicationIds.yearOfDate(metadata.get(key));
            if (year.isPresent()) {
                return year;
            }
        }
        return Optional.empty();
    }

    private static String bounded(String title) {
        String t = title.replaceAll("\\s+", " ").strip();
        return t.length() <= MAX_TITLE ? t : t.substring(0, MAX_TITLE);
    }
}
