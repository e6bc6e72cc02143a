package io.litmine.annotators.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The optional fourth column of a lexicon line, {@code key=value} pairs separated by {@code ;}:
 * <ul>
 *   <li>{@code context=breast|oestrogen|tamoxifen}: the line's synonyms are ambiguous (ER is also
 *   the endoplasmic reticulum) and count only in a sentence holding one of these cue words;
 *   {@code context=*} means the generic gene cues of {@link ContextCues#GENE};</li>
 *   <li>{@code note=...}: shown with each mention (p95HER2 is a truncated ERBB2);</li>
 *   <li>{@code kind=class}: a drug class (taxane), not one drug;</li>
 *   <li>{@code xref=NCBIGene:2064}: the same concept in another database;</li>
 *   <li>{@code name=unmatched}: the name is not itself a synonym of this line (an imported name
 *   the ambiguity filter dropped, such as DrugBank's "Water", or one kept only behind a guard).</li>
 * </ul>
 */
public record Qualifiers(List<String> context, String note, Kind kind, String xref, boolean nameMatches) {
    public static final Qualifiers NONE = new Qualifiers(List.of(), null, Kind.CONCEPT, null, true);
    public static final String GENERIC_CONTEXT = "*";

    public Qualifiers {
        context = List.copyOf(context);
        kind = kind == null ? Kind.CONCEPT : kind;
    }

    public boolean needsContext() {
        return !context.isEmpty();
    }

    /** A guard with the generic gene cues, for ambiguous imported synonyms. */
    public Qualifiers withNameUnmatched() {
        return new Qualifiers(context, note, kind, xref, false);
    }

    public static Qualifiers genericContext(String xref) {
        return new Qualifiers(List.of(GENERIC_CONTEXT), null, Kind.CONCEPT, xref, true);
    }

    static Qualifiers parse(String column, String where) {
        if (column == null || column.isBlank()) {
            return NONE;
        }
        List<String> context = List.of();
        String note = null;
        Kind kind = Kind.CONCEPT;
        String xref = null;
        boolean nameMatches = true;
        for (String pair : column.split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq < 0) {
                throw new LexiconException(where + ": expected key=value in the qualifier column, got '" + pair.strip() + "'");
            }
            String key = pair.substring(0, eq).strip();
            String value = pair.substring(eq + 1).strip();
            switch (key) {
                case "context" -> context = cues(value);
                case "note" -> note = value;
                case "kind" -> kind = kindOf(value, where);
                case "xref" -> xref = value;
                case "name" -> nameMatches = !value.equals("unmatched");
                default -> throw new LexiconException(where + ": unknown qualifier '" + key + "' (context, note, kind, xref, name)");
            }
        }
        return new Qualifiers(context, note, kind, xref, nameMatches);
    }

    private static List<String> cues(String value) {
        List<String> cues = new ArrayList<>();
        for (String cue : value.split("\\|")) {
            if (!cue.isBlank()) {
                cues.add(cue.strip().toLowerCase(Locale.ROOT));
            }
        }
        return cues;
    }

    private static Kind kindOf(String value, String where) {
        try {
            return Kind.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new LexiconException(where + ": unknown kind '" + value + "' (concept, family, class)", e);
        }
    }

    /** The column as written back by the importer; empty when there is nothing to say. */
    public String format() {
        List<String> parts = new ArrayList<>();
        if (!context.isEmpty()) {
            parts.add("context=" + String.join("|", context));
        }
        if (note != null) {
            parts.add("note=" + note);
        }
        if (kind != Kind.CONCEPT) {
            parts.add("kind=" + kind.name().toLowerCase(Locale.ROOT));
        }
        if (xref != null) {
            parts.add("xref=" + xref);
        }
        if (!nameMatches) {
            parts.add("name=unmatched");
        }
        return String.join("; ", parts);
    }
}
