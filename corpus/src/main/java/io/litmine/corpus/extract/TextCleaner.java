package io.litmine.corpus.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns Tika's raw text into the cleaned text that litmine stores and that every offset (sections,
 * sentences, mentions, callouts) points into: normalised characters, no markup, one paragraph per
 * block separated by a blank line, single spaces, and words that PDF line breaks split joined again.
 */
public final class TextCleaner {

    private static final Pattern TERMINAL = Pattern.compile(".*[.!?:;][\"')\\]]*$");
    private static final Pattern SPACES = Pattern.compile(" {2,}");

    /** Cleans text extracted from a document of the given format. Never returns null. */
    public String clean(String raw, DocumentFormat format) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        String normalised = CharNormaliser.normalise(raw);
        List<String> rawLines = Arrays.asList(normalised.split("\n", -1));
        if (format == DocumentFormat.PDF) {
            rawLines = PageFurniture.remove(rawLines);
        }
        List<MarkupStripper.Line> lines = rawLines.stream()
                .map(line -> MarkupStripper.strip(line, format))
                .map(line -> new MarkupStripper.Line(collapse(line.text()), line.heading()))
                .toList();
        Dehyphenator dehyphenator = new Dehyphenator(normalised);
        List<ParagraphBuilder.Paragraph> paragraphs = new ParagraphBuilder(dehyphenator).build(lines, format);
        // Only paginated sources (and Markdown/text converted from them) have page breaks to undo.
        List<String> texts = format.onePerLine()
                ? paragraphs.stream().map(ParagraphBuilder.Paragraph::text).toList()
                : joinPageBreaks(paragraphs);
        return String.join("\n\n", texts);
    }

    /**
     * A paragraph that stops mid-sentence and a next one that starts in lower case are one paragraph cut
     * by a page or column break ("…explore the signalling in which" / "breast cancer develop …").
     */
    private static List<String> joinPageBreaks(List<ParagraphBuilder.Paragraph> paragraphs) {
        List<String> out = new ArrayList<>();
        boolean previousIsHeading = true;
        for (ParagraphBuilder.Paragraph p : paragraphs) {
            String text = p.text();
            if (!out.isEmpty() && !previousIsHeading && !p.heading() && startsLowerCase(text)
                    && !TERMINAL.matcher(out.get(out.size() - 1)).matches()) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + text);
            } else {
                out.add(text);
            }
            previousIsHeading = p.heading();
        }
        return out;
    }

    private static boolean startsLowerCase(String text) {
        return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
    }

    private static String collapse(String line) {
        return SPACES.matcher(line).replaceAll(" ").strip();
    }
}
