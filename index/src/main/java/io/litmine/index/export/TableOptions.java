package io.litmine.index.export;

/**
 * How a claim-citation table is laid out. {@code perCitation}: one row per claim and cited
 * reference instead of one per claim. {@code byteOrderMark}: a UTF-8 byte order mark first, which
 * spreadsheet programs need to read the file as UTF-8 (Excel takes it for the local code page
 * otherwise); JSONL never gets one.
 */
public record TableOptions(boolean perCitation, boolean byteOrderMark) {

    /** One row per claim, no byte order mark. */
    public static final TableOptions DEFAULT = new TableOptions(false, false);

    /** The UTF-8 byte order mark, as the one character a writer encodes into EF BB BF. */
    static final char BYTE_ORDER_MARK = '\uFEFF';
}
