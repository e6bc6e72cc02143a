package io.litmine.pipeline.cli;

import io.litmine.corpus.model.Claim;
import io.litmine.index.export.ClaimExporter;
import io.litmine.index.export.ClaimRow;
import io.litmine.index.export.ExportFormat;
import io.litmine.index.export.PaperExporter;
import io.litmine.index.search.EvidenceSearcher;
import io.litmine.index.search.QuerySyntaxException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/** Writes exports to a file atomically (a temp file moved into place) or to a stream. */
final class Exports {
    private Exports() {
    }

    static List<ClaimRow> claimRows(EvidenceSearcher searcher, String query) throws IOException, QuerySyntaxException {
        List<ClaimRow> rows = new ArrayList<>();
        for (Claim claim : searcher.claims(query)) {
            rows.add(new ClaimRow(claim, searcher.citedReferences(claim)));
        }
        return rows;
    }

    static void writeClaims(EvidenceSearcher searcher, String query, ExportFormat format, Path file)
            throws IOException, QuerySyntaxException {
        List<ClaimRow> rows = claimRows(searcher, query);
        atomically(file, out -> ClaimExporter.write(rows, format, out));
    }

    static void writePapers(EvidenceSearcher searcher, Path file) throws IOException {
        var papers = searcher.papers();
        atomically(file, out -> PaperExporter.write(papers, out));
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
