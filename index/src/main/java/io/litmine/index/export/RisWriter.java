package io.litmine.index.export;

import io.litmine.corpus.model.Reference;

/**
 * One RIS record per reference ({@code TY  - JOUR} when a journal is known, else {@code GEN}),
 * ending with {@code ER  - }. Tags are two letters, two spaces, a dash and a space; a value is one
 * line (line breaks in it are folded), as RIS readers expect. A work several papers cite is one
 * record: {@code ID} is its first citing place ({@code paperId#label}), a note lists them all.
 */
final class RisWriter {

    private RisWriter() {
    }

    static String entry(DistinctWork work) {
        Reference r = work.reference();
        StringBuilder b = new StringBuilder();
        tag(b, "TY", r.container() != null ? "JOUR" : "GEN");
        r.authors().forEach(a -> tag(b, "AU", a));
        tag(b, "TI", r.title());
        tag(b, "T2", r.container());
        tag(b, "PY", r.year() == null ? null : r.year().toString());
        tag(b, "VL", r.volume());
        tag(b, "IS", r.issue());
        if (r.pages() != null) {
            String[] pages = r.pages().split("[-–]", 2);
            tag(b, "SP", pages[0]);
            tag(b, "EP", pages.length > 1 ? pages[1] : null);
        }
        tag(b, "DO", r.doi());
        tag(b, "AN", r.pmid() == null ? null : "PMID:" + r.pmid());
        tag(b, "N1", r.raw());
        tag(b, "ID", work.places().get(0));
        if (work.citedBy().size() > 1) {
            tag(b, "N1", "cited at " + String.join(", ", work.places()));
        }
        b.append("ER  - \n\n");
        return b.toString();
    }

    private static void tag(StringBuilder b, String tag, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        b.append(tag).append("  - ").append(value.replaceAll("\\s+", " ").strip()).append('\n');
    }
}
