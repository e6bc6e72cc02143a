package io.litmine.annotators.tag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Streams {@link TextDocument}s out of a reader, one at a time, so {@code litmine tag} can work on
 * inputs larger than memory.
 * <ul>
 *   <li>{@link InputFormat#PUBTATOR}: {@code ID|t|title} and {@code ID|a|abstract} lines; annotation
 *   and relation lines (gold files) are skipped; a document ends at a blank line or a new id.</li>
 *   <li>{@link InputFormat#LINES}: {@code ID<TAB>text}, one document a line; blank lines skipped.</li>
 * </ul>
 */
public final class DocumentReader implements Iterator<TextDocument> {

    private static final Pattern PUBTATOR_TEXT = Pattern.compile("([^|\\t]+)\\|([ta])\\|(.*)");

    private final BufferedReader reader;
    private final InputFormat format;
    private int lineNo;
    private String pendingLine;
    private TextDocument next;

    public DocumentReader(BufferedReader reader, InputFormat format) {
        this.reader = reader;
        this.format = format;
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = format == InputFormat.LINES ? readLine() : readPubtator();
        }
        return next != null;
    }

    @Override
    public TextDocument next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        TextDocument doc = next;
        next = null;
        return doc;
    }

    private TextDocument readLine() {
        String line;
        while ((line = nextLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                throw new TagInputException("line " + lineNo + ": expected ID<TAB>text (--input-format lines)");
            }
            return TextDocument.line(line.substring(0, tab), line.substring(tab + 1));
        }
        return null;
    }

    private TextDocument readPubtator() {
        String id = null;
        String title = null;
        String abstractText = null;
        String line;
        while ((line = nextLine()) != null) {
            if (line.isBlank()) {
                if (id != null) {
                    break;
                }
                continue;
            }
            Matcher m = PUBTATOR_TEXT.matcher(line);
            if (m.matches()) {
                if (id != null && !id.equals(m.group(1))) {
                    pendingLine = line;
                    lineNo--;
                    break;
                }
                id = m.group(1);
                if (m.group(2).equals("t")) {
                    title = m.group(3);
                } else {
                    abstractText = m.group(3);
                }
            } else if (id == null) {
                // Annotation lines always follow their document's text lines.
                throw new TagInputException("line " + lineNo + ": expected ID|t|title or ID|a|abstract (--input-format pubtator)");
            }
        }
        return id == null ? null : TextDocument.pubtator(id, title, abstractText);
    }

    private String nextLine() {
        if (pendingLine != null) {
            String line = pendingLine;
            pendingLine = null;
            lineNo++;
            return line;
        }
        try {
            String line = reader.readLine();
            if (line != null) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
