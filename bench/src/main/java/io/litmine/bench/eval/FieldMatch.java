package io.litmine.bench.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GROBID-style soft matching of one reference field, by the reference scorer's rules
 * (score_references.py): strings compared lower-cased without punctuation or whitespace; a title also
 * matches at token Jaccard ≥ 0.9; year on its four digits; pages on the first page (and the last when
 * gold has one, "610-21" = "610-621"); first author on the surname ("Slamon DJ" = "Slamon").
 */
final class FieldMatch {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern GREEK = Pattern.compile("[\\x{0370}-\\x{03FF}]");
    private static final Pattern INITIALS = Pattern.compile("^(?:[A-Z]\\.?-?){1,4}\\.?$");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final String DASHES = "[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212]+";

    private FieldMatch() {
    }

    static boolean matches(Field field, String gold, String pred) {
        return switch (field) {
            case FIRST_AUTHOR -> surnameForms(pred).contains(squash(surname(gold)));
            case TITLE -> squash(gold).equals(squash(pred)) || jaccard(tokens(gold), tokens(pred)) >= 0.9;
            case YEAR -> year(gold).equals(year(pred));
            case PAGES -> {
                String[] g = pages(gold);
                String[] p = pages(pred);
                yield g[0].equals(p[0]) && (g[1].isEmpty() || g[1].equals(p[1]));
            }
            default -> squash(gold).equals(squash(pred));
        };
    }

    /** Lower-case NFKC words; Greek letters become their names, as the scorers' norm_text does. */
    static List<String> tokens(String s) {
        String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        Matcher g = GREEK.matcher(t);
        StringBuilder named = new StringBuilder();
        while (g.find()) {
            String name = Character.getName(g.group().codePointAt(0));
            String last = name == null ? " " : name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
            g.appendReplacement(named, Matcher.quoteReplacement(" " + last + " "));
        }
        g.appendTail(named);
        List<String> out = new ArrayList<>();
        Matcher w = WORD.matcher(named);
        while (w.find()) {
            out.add(w.group());
        }
        return out;
    }

    static String squash(String s) {
        return String.join("", tokens(s));
    }

    static double jaccard(List<String> a, List<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        if (union.isEmpty()) {
            return 1.0;
        }
        Set<String> both = new HashSet<>(a);
        both.retainAll(new HashSet<>(b));
        return (double) both.size() / union.size();
    }

    static String surname(String name) {
        String n = name == null ? "" : name.strip();
        if (n.contains(",")) {
            return n.substring(0, n.indexOf(','));
        }
        List<String> toks = n.isEmpty() ? List.of() : List.of(n.split("\\s+"));
        List<String> kept = toks.stream().filter(t -> !INITIALS.matcher(t).matches()).toList();
        List<String> use = kept.isEmpty() ? toks : kept;
        return use.isEmpty() ? "" : use.get(0);
    }

    private static Set<String> surnameForms(String name) {
        Set<String> forms = new HashSet<>();
        forms.add(squash(surname(name)));
        String[] toks = (name == null ? "" : name).replace(",", " ").strip().split("\\s+");
        if (toks.length > 0 && !toks[0].isEmpty()) {
            forms.add(squash(toks[0]));
            forms.add(squash(toks[toks.length - 1]));
        }
        return forms;
    }

    private static String year(String s) {
        Matcher m = YEAR.matcher(s == null ? "" : s);
        return m.find() ? m.group() : squash(s);
    }

    private static String[] pages(String s) {
        List<String> parts = new ArrayList<>();
        for (String p : (s == null ? "" : s).split(DASHES)) {
            if (!p.strip().isEmpty()) {
                parts.add(p.strip());
            }
        }
        String first = parts.isEmpty() ? "" : squash(parts.get(0));
        String last = parts.size() > 1 ? squash(parts.get(1)) : "";
        if (first.matches("\\d+") && last.matches("\\d+") && last.length() < first.length()) {
            last = first.substring(0, first.length() - last.length()) + last;
        }
        return new String[] {first, last};
    }
}
