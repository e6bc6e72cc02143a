package io.litmine.corpus.refs;

import io.litmine.corpus.model.Reference;
import io.litmine.corpus.sections.HeadingRules;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Splits a reference block (cleaned text from the reference-list heading on) into entries and parses
 * each one. Numbered lists ({@code 1.}, {@code [1]}, {@code 1)}) are segmented on their labels, and a
 * paragraph without a label continues the entry before it (a page break inside an entry). A list whose
 * paragraphs carry no labels at all (HTML {@code <ol>}, where the numbers are rendering) gets one entry
 * per paragraph, labelled by first author and year ("Slamon 2001", {@link AuthorYearLabel}) as an
 * author–year paper cites it, or by position when an entry has neither.
 */
public final class ReferenceListParser {

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceListParser.class);
    private static final Pattern LABELLED = Pattern.compile("^(?:\\[(\\d{1,4})]|(\\d{1,4})[.)])\\s+(\\S.*)$", Pattern.DOTALL);
    /**
     * Publisher back matter printed after the last entry ("Cite this article as: …", "Submit your next
     * manuscript to BioMed Central …", "© 2014 by the authors; licensee MDPI …"): the list ends there.
     */
    private static final Pattern BACK_MATTER = Pattern.compile("(?:\\bdoi:\\s*10\\.\\S+\\s+)?(?:\\bCite this article as:"
            + "|\\bSubmit your (?:next )?manuscript\\b|©\\s*(?:19|20)\\d{2}\\b|\\bThis (?:article|is an open access article) is "
            + "(?:an open access article|distributed under)|\\bPublisher'?s Note\\b)");
    /** How far a label may jump ahead and still count as the next entry (a missing entry, a typo). */
    private static final int MAX_LABEL_GAP = 5;

    private record Entry(String label, String raw) {
    }

    private final ReferenceFields fields = new ReferenceFields();

    public List<Reference> parse(String block) {
        Matcher end = BACK_MATTER.matcher(block);
        List<String> paragraphs = paragraphs(end.find() ? block.substring(0, end.start()) : block);
        if (!paragraphs.isEmpty() && HeadingRules.isReferencesHeading(paragraphs.get(0))) {
            paragraphs = paragraphs.subList(1, paragraphs.size());
        }
        long labelled = paragraphs.stream().filter(p -> LABELLED.matcher(p).matches()).count();
        List<Entry> entries = labelled * 2 >= paragraphs.size() && labelled > 0
                ? numberedEntries(paragraphs)
                : unnumberedEntries(paragraphs);
        boolean numbered = labelled * 2 >= paragraphs.size() && labelled > 0;
        List<Reference> references = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            Reference reference = fields.parse(entries.get(i).label(), i + 1, entries.get(i).raw());
            references.add(numbered ? reference : authorYearLabelled(reference));
        }
        return references;
    }

    /** An unnumbered entry is known by its author and year ("Slamon 2001"); its position when it has neither. */
    private static Reference authorYearLabelled(Reference r) {
        return AuthorYearLabel.of(r).map(label -> new Reference(label, r.index(), r.raw(), r.authors(), r.title(),
                r.container(), r.year(), r.volume(), r.issue(), r.pages(), r.doi(), r.pmid())).orElse(r);
    }

    private static List<Entry> numberedEntries(List<String> paragraphs) {
        List<Entry> entries = new ArrayList<>();
        int lastLabel = 0;
        for (String paragraph : paragraphs) {
            Matcher m = LABELLED.matcher(paragraph);
            int label = m.matches() ? Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)) : -1;
            if (label > lastLabel && (entries.isEmpty() || label <= lastLabel + MAX_LABEL_GAP)) {
                entries.add(new Entry(String.valueOf(label), m.group(3).strip()));
                lastLabel = label;
            } else if (!entries.isEmpty()) {
                // "- cell apoptosis …": the converter marks a continued line as a list item; it is not one.
                String continuation = paragraph.replaceFirst("^[-–•*]\\s+", "").strip();
                Entry last = entries.get(entries.size() - 1);
                entries.set(entries.size() - 1, new Entry(last.label(), last.raw() + " " + continuation));
            } else {
                LOG.debug("skipping text before the first numbered reference: {}", paragraph);
            }
        }
        return entries;
    }

    private static List<Entry> unnumberedEntries(List<String> paragraphs) {
        List<Entry> entries = new ArrayList<>();
        for (String paragraph : paragraphs) {
            entries.add(new Entry(String.valueOf(entries.size() + 1), paragraph.strip()));
        }
        return entries;
    }

    private static List<String> paragraphs(String block) {
        List<String> out = new ArrayList<>();
        for (String p : block.split("\\n\\s*\\n")) {
            String text = p.replaceAll("\\s+", " ").strip();
            if (!text.isEmpty()) {
                out.add(text);
            }
        }
        return out;
    }
}
