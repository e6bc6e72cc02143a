package io.litmine.corpus.extract;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Refuses, before any parser sees them, inputs that must never be parsed: files over the size limit,
 * empty files, and XML that declares an external entity (XXE: {@code <!ENTITY x SYSTEM "file:///etc/passwd">}
 * would read outside the input). A JATS DOCTYPE naming its DTD is fine; only entity declarations that
 * point elsewhere are refused, because litmine never needs them.
 */
final class InputGuard {

    /** Entity declarations live in the prolog, before the root element: a bounded look suffices. */
    private static final int PROLOG_BYTES = 64 * 1024;
    private static final Pattern EXTERNAL_ENTITY = Pattern.compile("<!ENTITY\\s+%?\\s*[\\w.:-]+\\s+(?:SYSTEM|PUBLIC)\\b");

    private InputGuard() {
    }

    static void checkSize(long size, ExtractionLimits limits) throws ExtractionException {
        if (size > limits.maxBytes()) {
            throw new ExtractionException(tooLarge(size, limits));
        }
    }

    static String tooLarge(long size, ExtractionLimits limits) {
        return "file too large: " + ExtractionLimits.megabytes(size) + " exceeds the limit of "
                + ExtractionLimits.megabytes(limits.maxBytes()) + " (--max-file-mb)";
    }

    static void check(byte[] bytes, ExtractionLimits limits) throws ExtractionException {
        checkSize(bytes.length, limits);
        if (isBlank(bytes)) {
            throw new ExtractionException("empty file");
        }
        String prolog = new String(bytes, 0, Math.min(bytes.length, PROLOG_BYTES), StandardCharsets.ISO_8859_1);
        if (prolog.stripLeading().startsWith("<") && prolog.toUpperCase(Locale.ROOT).contains("<!ENTITY")
                && EXTERNAL_ENTITY.matcher(prolog).find()) {
            throw new ExtractionException("refused: the XML declares an external entity (XXE), which could read files outside the input");
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != 0x0B && b != 0x0C) {
                return false;
            }
        }
        return true;
    }
}
