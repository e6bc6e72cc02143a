package io.litmine.pipeline.cli;

import io.litmine.index.export.EvidenceExport;
import io.litmine.index.export.ExportContent;
import io.litmine.index.export.ExportFormat;
import io.litmine.index.search.EvidenceSearcher;
import io.litmine.index.search.QuerySyntaxException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes exports to a file atomically (a temp file moved into place) or to a stream. */
final class Exports {
    private Exports() {
    }

    /** The claim-citation table of the claims matching {@code query} (null: all), streamed into {@code file}. */
    static void writeClaims(EvidenceSearcher searcher, String query, ExportFormat format, Path file)
            throws IOException, QuerySyntaxException {
        EvidenceExport export = new EvidenceExport(ExportContent.CLAIMS, format, query, null);
        searcher.checkQuery(query);
        atomically(file, out -> {
            try {
                export.write(searcher, out);
            } catch (QuerySyntaxException e) {
                throw new IllegalStateException("query checked above", e);
            }
        });
    }

    interface StreamWriter {
        void write(OutputStream out) throws IOException;
    }

    /** A reader never sees a half-written export: write beside the target, then move it into place. */
    static void atomically(Path file, StreamWriter writer) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writer.write(out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
