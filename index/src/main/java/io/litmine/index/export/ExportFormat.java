package io.litmine.index.export;

import java.util.Locale;

/** The formats claims can be exported in. */
public enum ExportFormat {
    CSV("csv"),
    TSV("tsv"),
    JSONL("jsonl");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** The file-name extension, also the spelling on the command line ({@code --format csv}). */
    public String extension() {
        return extension;
    }

    /** Parses the command-line spelling, case-insensitively. */
    public static ExportFormat fromName(String name) {
        for (ExportFormat format : values()) {
            if (format.extension.equals(name.toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown export format '" + name + "' (expected csv, tsv or jsonl)");
    }
}
