package io.litmine.index.export;

import java.util.Locale;

/** What an export holds. */
public enum ExportContent {
    /** The claim-citation table. */
    CLAIMS,
    /** Whole papers: their parsed structure (JSONL) or their annotations (BioC). */
    PAPERS,
    /** The works the papers cite. */
    REFERENCES,
    /** Claims merged across papers: one row per (subject, relation, object, negated) with its support. */
    ASSERTIONS;

    public static ExportContent fromName(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown export '" + name + "' (expected claims, assertions, papers or references)", e);
        }
    }

    /** What a format exports when only the format is given (the HTTP API's {@code /api/export?format=}). */
    public static ExportContent defaultFor(ExportFormat format) {
        return switch (format) {
            case BIBTEX, RIS -> REFERENCES;
            case BIOC, BIOC_JSON -> PAPERS;
            default -> CLAIMS;
        };
    }

    /** Whether this content can be written in {@code format}. */
    public boolean supports(ExportFormat format) {
        return switch (this) {
            case CLAIMS -> format == ExportFormat.CSV || format == ExportFormat.TSV || format == ExportFormat.JSONL;
            case PAPERS -> format == ExportFormat.JSONL || format == ExportFormat.BIOC || format == ExportFormat.BIOC_JSON;
            case REFERENCES -> format != ExportFormat.BIOC && format != ExportFormat.BIOC_JSON;
            case ASSERTIONS -> format == ExportFormat.CSV || format == ExportFormat.TSV || format == ExportFormat.JSONL;
        };
    }
}
