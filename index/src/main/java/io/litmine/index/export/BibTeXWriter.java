package io.litmine.index.export;

import io.litmine.corpus.model.Reference;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One BibTeX entry per reference: {@code @article} when a journal is known, else {@code @misc}.
 * Keys are {@code surnameYEARtitleword}, made unique within one export with a letter suffix.
 * A work several papers cite is one entry ({@code litmine-paper}: the citing papers;
 * {@code litmine-cited-at}: {@code paperId#label} of each citation). Values are braced; braces and backslashes inside are escaped so an entry always parses.
 * Not thread-safe (it remembers the keys it gave).
 */
final class BibTeXWriter {

    private final Map<String, Integer> keys = new HashMap<>();

    String entry(DistinctWork work) {
        Reference r = work.reference();
        StringBuilder b = new StringBuilder();
        b.append(r.container() != null ? "@article{" : "@misc{").append(key(r)).append(",\n");
        if (!r.authors().isEmpty()) {
            field(b, "author", String.join(" and ", r.authors()));
        }
        field(b, "title", r.title());
        field(b, "journal", r.container());
        field(b, "year", r.year() == null ? null : r.year().toString());
        field(b, "volume", r.volume());
        field(b, "number", r.issue());
        field(b, "pages", r.pages() == null ? null : r.pages().replace("-", "--"));
        field(b, "doi", r.doi());
        field(b, "pmid", r.pmid());
        if (r.title() == null) {
            field(b, "note", r.raw());
        }
        field(b, "litmine-paper", String.join(", ", work.citedBy().stream().map(CitedWork::paperId).distinct().toList()));
        field(b, "litmine-label", String.join(", ", work.citedBy().stream().map(w -> w.reference().label()).toList()));
        if (work.citedBy().size() > 1) {
            field(b, "litmine-cited-at", String.join(", ", work.places()));
        }
        b.append("}\n\n");
        return b.toString();
    }

    private String key(Reference r) {
        String surname = r.authors().isEmpty() ? "ref" : word(r.authors().get(0));
        String titleWord = r.title() == null ? "" : word(r.title());
        String base = (surname.isEmpty() ? "ref" : surname) + (r.year() == null ? "" : r.year()) + titleWord;
        int seen = keys.merge(base, 1, Integer::sum);
        return seen == 1 ? base : base + suffix(seen - 1);
    }

    /** The first word, ASCII letters only, lower-case (keys must be plain). */
    private static String word(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("[^\\p{ASCII}]", "");
        for (String w : ascii.split("[^A-Za-z]+")) {
            if (w.length() > 1) {
                return w.toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    private static String suffix(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = n; i > 0; i = (i - 1) / 26) {
            s.insert(0, (char) ('a' + (i - 1) % 26));
        }
        return s.toString();
    }

    private static void field(StringBuilder b, String name, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        b.append("  ").append(name).append(" = {").append(escape(value)).append("},\n");
    }

    /** Backslash and braces escaped; line breaks folded (a field is one logical line). */
    static String escape(String value) {
        String one = value.replaceAll("\\s+", " ").strip();
        StringBuilder out = new StringBuilder(one.length() + 8);
        for (char c : one.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{' -> out.append("\\{");
                case '}' -> out.append("\\}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
