package io.litmine.corpus.extract;

import java.util.Locale;

/**
 * The input formats litmine knows how to clean. The format decides how Tika's text is read back into
 * paragraphs: Markdown and plain text use blank lines, HTML/DOCX/XML put one block per line, and PDF
 * text comes as visual lines that have to be re-assembled.
 */
public enum DocumentFormat {
    PDF, DOCX, HTML, JATS_XML, MARKDOWN, TEXT;

    /** Chooses the format from Tika's detected media type, falling back to the file name's extension. */
    public static DocumentFormat detect(String mediaType, String fileName) {
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        // Tika reports Markdown as text/plain or text/x-web-markdown depending on the version: trust the name.
        if (name.endsWith(".md") || name.endsWith(".markdown") || type.contains("markdown")) {
            return MARKDOWN;
        }
        if (type.startsWith("application/pdf")) {
            return PDF;
        }
        if (type.contains("wordprocessingml") || type.startsWith("application/msword")) {
            return DOCX;
        }
        if (type.contains("html")) {
            return HTML;
        }
        if (type.contains("xml")) {
            return JATS_XML;
        }
        return TEXT;
    }

    /** Whether Tika writes each block (paragraph, heading, list item) of this format on its own line. */
    boolean onePerLine() {
        return this == DOCX || this == HTML || this == JATS_XML;
    }
}
