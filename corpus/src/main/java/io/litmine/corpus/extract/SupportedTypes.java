package io.litmine.corpus.extract;

import java.util.Set;
import org.apache.tika.mime.MediaType;

/** The media types litmine extracts papers from; anything else (images, archives, binaries) is refused. */
final class SupportedTypes {

    private static final Set<String> APPLICATION = Set.of("pdf", "xml", "xhtml+xml", "msword", "rtf",
            "vnd.openxmlformats-officedocument.wordprocessingml.document", "vnd.oasis.opendocument.text",
            "x-tika-ooxml", "jats+xml");

    private SupportedTypes() {
    }

    static boolean isSupported(MediaType type) {
        String t = type.getType();
        String sub = type.getSubtype();
        return t.equals("text") || t.equals("application") && (APPLICATION.contains(sub) || sub.endsWith("+xml"));
    }
}
