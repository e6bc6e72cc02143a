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
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/** Writes exports to a file atomically (a temp file moved into place) or to a stream. */
final class Exports {
    private static final SecureRandom RANDOM = new SecureRandom();

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

    /**
     * A reader never sees a half-written export: write beside the target, then move it into place.
     * The file is created as any program creates one (mode 0666 less the umask: 0644 under the usual
     * 022, readable by a lab's shared folder), not as a private temporary file (0600).
     */
    static void atomically(Path file, StreamWriter writer) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        Path folder = target.getParent();
        try {
            Files.createDirectories(folder);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new OutputFileException(file, e.getFile() + " is a file, not a folder");
        } catch (IOException e) {
            throw new OutputFileException(file, "cannot create the folder " + folder + " (" + reason(e) + ")");
        }
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
        try {
            OutputStream opened;
            try {
                opened = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw new OutputFileException(file, "cannot create files in " + folder + " (" + reason(e) + ")");
            }
            try (OutputStream out = opened) {
                writer.write(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new OutputFileException(file, "cannot put it in place (" + reason(e) + ")");
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** What went wrong, in words: the file system's own reason, without the exception's class or the temp file's name. */
    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such folder, or it holds no files";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getClass().getSimpleName();
    }

    /** An export or map cannot be written where {@code --out} says; the message names the file and why. */
    static final class OutputFileException extends IOException {
        OutputFileException(Path file, String why) {
            super("cannot write " + file + ": " + why);
        }
    }
}
