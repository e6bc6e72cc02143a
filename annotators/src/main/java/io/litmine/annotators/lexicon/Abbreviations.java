package io.litmine.annotators.lexicon;

import io.litmine.corpus.model.EntityType;
import io.litmine.corpus.model.Mention;
import io.litmine.corpus.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Abbreviations a document defines for a name it tagged: "dopamine (DA)", "doxorubicin (DOX)".
 * Papers coin such short forms freely and no lexicon lists them, so after the dictionary pass the
 * definition's short form is tagged, with the long form's identity, wherever the document uses it
 * as a whole token. A short form counts only when its letters occur in order in the long form and
 * it starts with the long form's first letter (Schwartz and Hearst's test, simplified).
 *
 * <p>A chemical the chemical model found but no lexicon names may define one too
 * ("sphingosine-1-phosphate (S1P)"): its short form then takes the long form's surface as name.
 * A gene span the model cannot name never defines: too many are descriptive phrases.
 */
final class Abbreviations {

    private static final int LONG_FORM_CHARS = 120;
    private static final Pattern GENE_HEAD = Pattern.compile("(?i)(?:"
            + RuleTable.read("abbreviations.tsv", Set.of("gene-head")).get("gene-head") + ")");
    private static final Pattern DEFINITION = Pattern.compile("\\s*\\(\\s*([A-Za-z][A-Za-z0-9-]{1,9})\\s*\\)");

    private Abbreviations() {
    }

    /** Adds the uses of defined abbreviations to each sentence's mentions (lists are replaced, kept sorted). */
    static void extend(String text, List<List<Span>> tokens, List<List<Mention>> mentions) {
        Map<String, Mention> defined = new HashMap<>();
        for (List<Mention> sentence : mentions) {
            for (Mention m : sentence) {
                Matcher def = DEFINITION.matcher(text).region(m.end(), text.length());
                if (def.lookingAt() && isAbbreviationOf(def.group(1), m.text()) && (!unnamed(m) || m.type() == EntityType.DRUG)) {
                    defined.putIfAbsent(def.group(1), m);
                }
            }
        }
        if (defined.isEmpty()) {
            return;
        }
        for (int s = 0; s < tokens.size(); s++) {
            List<Mention> found = new ArrayList<>(mentions.get(s));
            for (Span token : tokens.get(s)) {
                Mention longForm = defined.get(text.substring(token.start(), token.end()));
                // A learned model may have found the short form already without naming it: the
                // definition names it.
                if (longForm != null) {
                    found.removeIf(m -> unnamed(m) && m.start() == token.start() && m.end() == token.end());
                }
                if (longForm != null && found.stream().noneMatch(m -> m.start() < token.end() && m.end() > token.start())) {
                    found.add(new Mention(text.substring(token.start(), token.end()), token.start(), token.end(),
                            longForm.type(), longForm.name(), longForm.id()));
                }
            }
            found.sort(Comparator.comparingInt(Mention::start));
            mentions.set(s, found);
        }
    }

    /**
     * Drops the matches of a synonym the document defines as something else: where the text says
     * "sphingosine-1-phosphate (S1P)", S1P is not MBTPS1, whose synonym it also is. A definition
     * is the synonym filling a pair of brackets alone, after words of which a run passes the
     * abbreviation test; it is something else when that long form shares no word of three or more
     * letters with any name of the entry ("progesterone (PR)" shares "progesterone" with PGR's
     * "progesterone receptor" and keeps it; "programmed death-ligand 1 (PD-L1)" keeps CD274).
     * A gene synonym whose long form ends in a protein word ({@code abbreviations.tsv}) stays a gene,
     * unnamed, under the long form ("protease-activated receptors (PAR)" is not JTB).
     * An entry's own name ("PTEN") is never dropped, nor a span the model found but no lexicon
     * names: its long form is often a gene the model did not tag ("retinoic acid receptor (RAR)";
     * measured on BioRED dev). Lists are replaced.
     */
    static void dropRedefined(String text, List<List<Mention>> mentions, Lexicon lexicon) {
        Map<String, String> redefined = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Mention m : mentions.stream().flatMap(List::stream).toList()) {
            String key = m.id() + '\t' + m.text();
            if (!seen.add(key) || unnamed(m) || SurfaceKey.isOwnName(m.text(), m.name())) {
                continue;
            }
            // Every bracketed use of the synonym, matched there or not (an ambiguous synonym
            // needs cue words that the defining sentence may lack).
            Matcher use = Pattern.compile("\\(\\s*" + Pattern.quote(m.text()) + "\\s*\\)").matcher(text);
            Set<String> names = null;
            while (use.find()) {
                String longForm = longFormBefore(text, use.start(), m.text());
                if (longForm == null) {
                    continue;
                }
                names = names == null ? entryWords(lexicon, m.id()) : names;
                boolean elsewhere = disjoint(words(longForm), names);
                if (elsewhere) {
                    redefined.put(key, m.type() == EntityType.GENE && GENE_HEAD.matcher(lastWord(longForm)).matches() ? longForm : "");
                    break;
                }
            }
        }
        if (redefined.isEmpty()) {
            return;
        }
        for (int s = 0; s < mentions.size(); s++) {
            List<Mention> kept = new ArrayList<>();
            for (Mention m : mentions.get(s)) {
                String longForm = redefined.get(m.id() + '\t' + m.text());
                if (longForm == null) {
                    kept.add(m);
                } else if (!longForm.isEmpty()) {
                    kept.add(new Mention(m.text(), m.start(), m.end(), m.type(), longForm, CompoundCodes.NO_ID));
                }
            }
            mentions.set(s, kept);
        }
    }

    /** The long form's last word without a trailing number ("transporter-1" → "transporter"). */
    private static String lastWord(String longForm) {
        String[] words = longForm.split("\\s+");
        return words[words.length - 1].replaceAll("[-\\s]*[\\p{N}\\p{Punct}]+$", "");
    }

    /** The shortest run of the words before the bracket at {@code open} that passes the abbreviation test, or null. */
    private static String longFormBefore(String text, int open, String shortForm) {
        int from = Math.max(0, open - LONG_FORM_CHARS);
        String[] words = text.substring(from, open).strip().split("\\s+");
        int most = Math.min(words.length, shortForm.length() + 2);
        for (int n = 1; n <= most; n++) {
            String candidate = String.join(" ", Arrays.copyOfRange(words, words.length - n, words.length));
            if (isAbbreviationOf(shortForm, candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static Set<String> entryWords(Lexicon lexicon, String id) {
        Set<String> out = new HashSet<>();
        for (LexiconEntry e : lexicon.entries()) {
            if (e.id().equals(id)) {
                out.addAll(words(e.name()));
                e.synonyms().forEach(s -> out.addAll(words(s)));
            }
        }
        return out;
    }

    private static Set<String> words(String phrase) {
        Set<String> out = new HashSet<>();
        for (String w : phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 3 && w.chars().anyMatch(Character::isLetter)) {
                out.add(w);
            }
        }
        return out;
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        return a.stream().noneMatch(b::contains);
    }

    private static boolean unnamed(Mention m) {
        return CompoundCodes.NO_ID.equals(m.id());
    }

    static boolean isAbbreviationOf(String shortForm, String longForm) {
        String s = shortForm.toLowerCase(Locale.ROOT).replace("-", "");
        String l = longForm.toLowerCase(Locale.ROOT);
        if (s.length() >= l.replace(" ", "").length() || s.chars().noneMatch(Character::isLetter)
                || shortForm.chars().noneMatch(Character::isUpperCase) || s.charAt(0) != l.charAt(0)) {
            return false;
        }
        int at = 0;
        for (char c : s.toCharArray()) {
            at = l.indexOf(c, at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }
}
