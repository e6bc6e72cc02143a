package io.litmine.annotators.lexicon;

import io.litmine.corpus.model.EntityType;
import io.litmine.corpus.model.Mention;
import io.litmine.corpus.model.Span;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Development codes of compounds (MK-2206, BYL719, NVP-BEZ235) by shape, the shape, context words
 * and cues read from {@code compound-codes.tsv}. Two uses: a dictionary match may not cut into a
 * code ({@link #isCode}: "NVP" of NVP-BEZ235 is not nevirapine), and the drug annotator tags codes
 * no lexicon names ({@link #find}) with the identifier {@value #NO_ID} and the code as its name,
 * as PubTator does for a chemical with no database entry.
 */
public final class CompoundCodes {

    public static final String NO_ID = "-";
    private static final String FILE = "compound-codes.tsv";
    /** A token that continues a code: letters, digits, hyphens ("MK", "-", "2206"); not a comma or a bracket. */
    private static final Pattern WORD_PART = Pattern.compile("[\\p{L}\\p{N}-]+");

    private enum Kind { SHAPE, NOT_BEFORE, CUE }

    private static final Map<Kind, Pattern> RULES = read();

    private CompoundCodes() {
    }

    /** Whether {@code word} (a hyphen-joined word, as printed) has the shape of a development code. */
    public static boolean isCode(String word) {
        return RULES.get(Kind.SHAPE).matcher(word).matches();
    }

    /** Whether the word after a code says it names cells or a model (BT474 cells, MDA-MB-231 xenografts). */
    public static boolean namesCellsBefore(String nextWord) {
        return RULES.get(Kind.NOT_BEFORE).matcher(nextWord).matches();
    }

    /**
     * The hyphen-joined word around {@code [start, end)} when it has the shape of a code, else null:
     * what a match or a model span inside it must not cut ("NVP" of NVP-BEZ235).
     */
    public static Span codeAround(String text, int start, int end) {
        int from = start;
        while (from > 0 && (Character.isLetterOrDigit(text.charAt(from - 1))
                || text.charAt(from - 1) == '-' && from > 1 && Character.isLetterOrDigit(text.charAt(from - 2)))) {
            from--;
        }
        int to = end;
        while (to < text.length() && (Character.isLetterOrDigit(text.charAt(to))
                || text.charAt(to) == '-' && to + 1 < text.length() && Character.isLetterOrDigit(text.charAt(to + 1)))) {
            to++;
        }
        return isCode(text.substring(from, to)) ? new Span(from, to) : null;
    }

    /**
     * Code mentions in one sentence: words (runs of letter, digit and hyphen tokens with nothing between them) of code shape
     * that no mention in {@code taken} overlaps, in a sentence with a compound cue, not followed by
     * a word naming cells or a model.
     */
    public static List<Mention> find(String text, List<Span> tokens, List<Mention> taken) {
        List<Mention> out = new ArrayList<>();
        if (tokens.isEmpty()) {
            return out;
        }
        String sentence = text.substring(tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
        if (!RULES.get(Kind.CUE).matcher(sentence).find()) {
            return out;
        }
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            while (j + 1 < tokens.size() && tokens.get(j + 1).start() == tokens.get(j).end()
                    && WORD_PART.matcher(text.substring(tokens.get(j + 1).start(), tokens.get(j + 1).end())).matches()) {
                j++;
            }
            int start = tokens.get(i).start();
            int end = tokens.get(j).end();
            String word = text.substring(start, end);
            boolean free = taken.stream().noneMatch(m -> m.start() < end && m.end() > start);
            boolean beforeCells = j + 1 < tokens.size()
                    && namesCellsBefore(text.substring(tokens.get(j + 1).start(), tokens.get(j + 1).end()));
            if (free && !beforeCells && isCode(word)) {
                out.add(new Mention(word, start, end, EntityType.DRUG, word, NO_ID));
            }
            i = j + 1;
        }
        return out;
    }

    private static Map<Kind, Pattern> read() {
        Map<String, String> joined = RuleTable.read(FILE, Set.of("shape", "not-before", "cue"));
        Map<Kind, Pattern> rules = new EnumMap<>(Kind.class);
        rules.put(Kind.SHAPE, Pattern.compile(joined.get("shape")));
        rules.put(Kind.NOT_BEFORE, Pattern.compile("(?i)(?:" + joined.get("not-before") + ")"));
        rules.put(Kind.CUE, Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(?:" + joined.get("cue") + ")"));
        return rules;
    }
}
