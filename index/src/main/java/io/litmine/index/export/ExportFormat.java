package io.litmine.index.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats exports are written in; which format fits which content is the exporters' business. */
public enum ExportFormat {
    CSV("csv", "csv", "text/csv"),
    TSV("tsv", "tsv", "text/tab-separated-values"),
    JSONL("jsonl", "jsonl", "application/x-ndjson"),
    /** BioC XML (the BioC DTD), as PubTator and BioC tools read it: papers, passages, annotations. */
    BIOC("bioc", "xml", "application/xml"),
    /** The same BioC collection in BioC JSON. */
    BIOC_JSON("bioc-json", "json", "application/json"),
    BIBTEX("bibtex", "bib", "application/x-bibtex"),
    RIS("ris", "ris", "application/x-research-info-systems");

    private final String cliName;
    private final String fileExtension;
    private final String mediaType;

    ExportFormat(String cliName, String fileExtension, String mediaType) {
        this.cliName = cliName;
        this.fileExtension = fileExtension;
        this.mediaType = mediaType;
    }

    /** The spelling on the command line and in the HTTP API ({@code --format csv}). */
    public String extension() {
        return cliName;
    }

    /** The file-name extension of a download ({@code xml} for BioC). */
    public String fileExtension() {
        return fileExtension;
    }

    /** The HTTP content type (text types are sent as UTF-8). */
    public String mediaType() {
        return mediaType;
    }

    /** Parses the command-line spelling, case-insensitively. */
    public static ExportFormat fromName(String name) {
        for (ExportFormat format : values()) {
            if (format.cliName.equals(name.toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown export format '" + name + "' (expected "
                + Arrays.stream(values()).map(f -> f.cliName).collect(Collectors.joining(", ")) + ")");
    }
}
