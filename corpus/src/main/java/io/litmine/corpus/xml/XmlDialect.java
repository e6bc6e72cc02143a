package io.litmine.corpus.xml;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publisher XML dialects litmine reads structurally: JATS/NLM ({@code <article>}) and BioMed
 * Central's older "art" format ({@code <art>}). Detected from the file's prolog and root element, not
 * its name: a {@code .xml} file may be anything, and a JATS file may be called {@code .nxml}.
 */
public enum XmlDialect {
    JATS, BMC_ART;

    /** How much of the file the prolog may take: a DOCTYPE, comments and processing instructions. */
    private static final int SNIFF_BYTES = 8192;
    private static final Pattern ROOT = Pattern.compile(
            "\\A\\s*(?:<\\?xml[^>]*\\?>\\s*)?(?:(?:<!--.*?-->|<\\?.*?\\?>|<!DOCTYPE\\s+(\\S+)[^\\[>]*(?:\\[.*?\\])?\\s*>)\\s*)*<([\\w:.-]+)([^>]*)>",
            Pattern.DOTALL);
    private static final Pattern JATS_MARK = Pattern.compile(
            "jats|-//NLM//DTD|journalpublishing|archivearticle|dtd-version=", Pattern.CASE_INSENSITIVE);

    /**
     * The dialect of {@code bytes}, if they are JATS (root {@code article} with a JATS/NLM DTD, namespace
     * or {@code dtd-version}) or BMC art (root {@code art}); empty for anything else.
     */
    public static Optional<XmlDialect> detect(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.UTF_8);
        if (head.startsWith("\uFEFF")) {
            head = head.substring(1);
        }
        Matcher m = ROOT.matcher(head);
        if (!m.find()) {
            return Optional.empty();
        }
        String root = m.group(2).substring(m.group(2).indexOf(':') + 1);
        String prolog = head.substring(0, m.start(2)) + m.group(3);
        if (root.equals("article") && JATS_MARK.matcher(prolog).find()) {
            return Optional.of(JATS);
        }
        if (root.equals("art") && (m.group(1) == null || m.group(1).equals("art"))) {
            return Optional.of(BMC_ART);
        }
        return Optional.empty();
    }
}
