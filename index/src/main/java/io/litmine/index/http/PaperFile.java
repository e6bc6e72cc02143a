package io.litmine.index.http;

import io.litmine.corpus.extract.PaperExtractor;
import io.litmine.index.search.PaperMeta;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * A paper's own file, served by {@code GET /api/papers/{id}/file}: only the source path the index
 * recorded for that paper (never a path from the request), and only while the file still holds the
 * bytes that were indexed (its content hash is the paper id). HTML and XML from papers are served under
 * {@code Content-Security-Policy: sandbox}, so no script of theirs runs with the page's rights.
 */
final class PaperFile {

    /** Papers larger than this are not hashed again to be served (the extractor's own limit is 100 MB). */
    static final long MAX_BYTES = 200L * 1024 * 1024;

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("htm", "text/html; charset=utf-8"),
            Map.entry("xhtml", "application/xhtml+xml"),
            Map.entry("xml", "application/xml"),
            Map.entry("nxml", "application/xml"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("md", "text/plain; charset=utf-8"),
            Map.entry("markdown", "text/plain; charset=utf-8"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));

    /** What to send: the bytes and their media type, or why not (a 404 or 409 and its message). */
    record Outcome(int status, String contentType, byte[] bytes, String error, String fileName) {
    }

    private PaperFile() {
    }

    static Outcome of(PaperMeta meta) throws IOException {
        if (meta.source().isEmpty()) {
            return new Outcome(404, null, null, "no paper with id " + meta.paperId(), null);
        }
        Path file = Path.of(meta.source());
        if (!Files.isRegularFile(file)) {
            return new Outcome(404, null, null, "the paper's file is no longer at " + meta.source(), null);
        }
        if (Files.size(file) > MAX_BYTES) {
            return new Outcome(409, null, null, "the paper's file is larger than " + MAX_BYTES / (1024 * 1024) + " MB", null);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) MAX_BYTES);
        }
        if (!PaperExtractor.paperId(bytes).equals(meta.paperId())) {
            return new Outcome(409, null, null, "the file at " + meta.source() + " has changed since it was indexed", null);
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return new Outcome(200, TYPES.getOrDefault(extension, "application/octet-stream"), bytes, null, name);
    }
}
