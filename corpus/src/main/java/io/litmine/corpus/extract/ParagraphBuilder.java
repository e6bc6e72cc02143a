package io.litmine.corpus.extract;

import io.litmine.corpus.sections.HeadingRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Re-assembles stripped lines into paragraphs. Each format breaks text differently: Markdown and
 * plain text by blank lines, HTML/DOCX/XML one block per line, and PDF by visual lines that Tika may
 * even put one per paragraph (narrow two-column layouts), so PDF paragraphs are re-found from headings,
 * reference labels and short last lines.
 */
final class ParagraphBuilder {

    /** A paragraph of cleaned text; {@code heading} when the markup itself said so (Markdown #). */
    record Paragraph(String text, boolean heading) {
    }

    private static final Pattern LIST_ITEM = Pattern.compile("^(?:\\[\\d{1,4}]|\\d{1,4}[.)]|[-*•+])\\s+\\S.*");
    private static final Pattern LABEL = Pattern.compile("^(?:\\[\\d{1,4}]|\\d{1,4}[.)])\\s+\\S.*");
    private static final Pattern TERMINAL = Pattern.compile(".*[.!?:][\"')\\]]*$");
    private static final int MAX_HEADING = 80;

    private final Dehyphenator dehyphenator;

    ParagraphBuilder(Dehyphenator dehyphenator) {
        this.dehyphenator = dehyphenator;
    }

    List<Paragraph> build(List<MarkupStripper.Line> lines, DocumentFormat format) {
        if (format.onePerLine()) {
            return lines.stream().filter(l -> !l.text().isEmpty()).map(l -> new Paragraph(l.text(), l.heading())).toList();
        }
        return format == DocumentFormat.PDF ? buildPdf(lines) : buildBlankLineSeparated(lines);
    }

    private List<Paragraph> buildBlankLineSeparated(List<MarkupStripper.Line> lines) {
        List<Paragraph> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (MarkupStripper.Line line : lines) {
            String text = line.text();
            if (text.isEmpty() || line.heading() || LIST_ITEM.matcher(text).matches()) {
                flush(current, out);
            }
            if (line.heading()) {
                out.add(new Paragraph(text, true));
            } else if (!text.isEmpty()) {
                append(current, text);
            }
        }
        flush(current, out);
        return out;
    }

    private List<Paragraph> buildPdf(List<MarkupStripper.Line> lines) {
        boolean linePerBlock = isLinePerBlock(lines);
        List<String> texts = lines.stream().map(MarkupStripper.Line::text).toList();
        int lastLineLength = typicalLineLength(texts);
        List<Paragraph> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inReferences = false;
        String previous = "";
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            if (text.isEmpty()) {
                if (!linePerBlock) {
                    flush(current, out);
                }
                continue;
            }
            if (!inReferences && HeadingRules.isHeading(text)) {
                flush(current, out);
                StringBuilder heading = new StringBuilder(text);
                // Narrow columns wrap headings ("II. MULTI-TARGET" / "OF HER2 AGENTS"): pull the rest in.
                while (i + 1 < texts.size() && continuesHeading(heading, nextNonEmpty(texts, i + 1))) {
                    i = indexOfNextNonEmpty(texts, i + 1);
                    heading.append(' ').append(texts.get(i));
                }
                out.add(new Paragraph(heading.toString(), false));
                inReferences = HeadingRules.isReferencesHeading(heading.toString());
                previous = "";
                continue;
            }
            boolean endedBefore = TERMINAL.matcher(previous).matches() && previous.length() < lastLineLength * 0.7;
            if (LABEL.matcher(text).matches() || endedBefore) {
                flush(current, out);
            }
            append(current, text);
            previous = text;
        }
        flush(current, out);
        return out;
    }

    private static boolean continuesHeading(StringBuilder heading, String next) {
        if (next == null || next.length() > 40 || heading.length() + next.length() > MAX_HEADING
                || TERMINAL.matcher(heading).matches() || next.matches(".*[.,;!?]$")) {
            return false;
        }
        return Arrays.stream(next.split("\\s+"))
                .filter(w -> w.codePoints().filter(Character::isLetter).count() >= 4)
                .allMatch(w -> Character.isUpperCase(w.codePointAt(0)));
    }

    private static String nextNonEmpty(List<String> texts, int from) {
        int i = indexOfNextNonEmpty(texts, from);
        return i < 0 ? null : texts.get(i);
    }

    private static int indexOfNextNonEmpty(List<String> texts, int from) {
        for (int i = from; i < texts.size(); i++) {
            if (!texts.get(i).isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    /** Tika writes each visual line of some PDFs as its own paragraph; then blank lines mean nothing. */
    private static boolean isLinePerBlock(List<MarkupStripper.Line> lines) {
        int blocks = 0;
        int singleLineBlocks = 0;
        int run = 0;
        for (MarkupStripper.Line line : lines) {
            if (line.text().isEmpty()) {
                if (run > 0) {
                    blocks++;
                    singleLineBlocks += run == 1 ? 1 : 0;
                }
                run = 0;
            } else {
                run++;
            }
        }
        if (run > 0) {
            blocks++;
            singleLineBlocks += run == 1 ? 1 : 0;
        }
        return blocks > 0 && singleLineBlocks >= 0.8 * blocks;
    }

    /** The length of a full line of the column: a paragraph's last line is usually clearly shorter. */
    private static int typicalLineLength(List<String> texts) {
        int[] lengths = texts.stream().filter(t -> !t.isEmpty()).mapToInt(String::length).sorted().toArray();
        return lengths.length == 0 ? 0 : lengths[(int) (lengths.length * 0.8)];
    }

    private void append(StringBuilder current, String text) {
        if (current.length() == 0) {
            current.append(text);
        } else if (current.charAt(current.length() - 1) == '-') {
            String joined = dehyphenator.join(current.toString(), text);
            current.setLength(0);
            current.append(joined);
        } else {
            current.append(' ').append(text);
        }
    }

    private static void flush(StringBuilder current, List<Paragraph> out) {
        if (current.length() > 0) {
            out.add(new Paragraph(current.toString(), false));
            current.setLength(0);
        }
    }
}
