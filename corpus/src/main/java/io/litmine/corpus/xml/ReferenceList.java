package io.litmine.corpus.xml;

import io.litmine.corpus.model.Reference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A paper's references in list order and the markup id of each, so callouts can be resolved by id. */
record ReferenceList(List<Reference> references, List<String> ids) {

    ReferenceList {
        references = List.copyOf(references);
        ids = List.copyOf(ids);
    }

    /** Id → 1-based position; the first of duplicate ids wins, as a reader following the link would land there. */
    Map<String, Integer> positions() {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!ids.get(i).isBlank()) {
                map.putIfAbsent(ids.get(i), i + 1);
            }
        }
        return map;
    }

    List<String> labels() {
        List<String> labels = new ArrayList<>();
        for (Reference r : references) {
            labels.add(r.label());
        }
        return labels;
    }

    /** "[12]", "12." and "12" all print the label 12; with no label the position stands in. */
    static String label(String printed, int position) {
        String s = printed == null ? "" : printed.strip().replaceAll("^[\\[(]|[.)\\]]$", "").strip();
        return s.isEmpty() ? Integer.toString(position) : s;
    }

    /** "Dennis J." → "DJ", "Jean-Paul" → "JP", "TH" stays "TH": Vancouver-style initials. */
    static String initials(String given) {
        StringBuilder out = new StringBuilder();
        for (String part : given.strip().split("[\\s.\\-]+")) {
            if (part.matches("\\p{Lu}{2,3}")) {
                out.append(part); // already initials
            } else if (!part.isEmpty()) {
                out.appendCodePoint(part.codePointAt(0));
            }
        }
        return out.toString();
    }

    static Integer year(String text) {
        var m = java.util.regex.Pattern.compile("(?<!\\d)(1[5-9]\\d\\d|20\\d\\d)(?!\\d)").matcher(text);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    static String orNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static String pages(String first, String last) {
        if (first.isBlank()) {
            return null;
        }
        return last.isBlank() || last.equals(first) ? first : first + "-" + last;
    }
}
