package io.litmine.annotators.model;

import io.litmine.annotators.lexicon.CompoundCodes;
import io.litmine.annotators.lexicon.Lexicon;
import io.litmine.annotators.lexicon.LexiconEntry;
import io.litmine.corpus.model.EntityType;
import io.litmine.corpus.model.Mention;
import io.litmine.corpus.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Combines a mention model's spans with the dictionary's mentions of one sentence (genes or chemicals).
 *
 * <ul>
 *   <li>The model decides where a mention starts and ends: it learned BC2GM's spans ("SH2 domains",
 *       "c-Fos protein"), which the dictionary cuts short; except where the model only adds words that
 *       leave the gene as it was ({@link #onlyGenericWordsAround}: "HER2 protein", "anti-HER2
 *       antibody"), where the lexicon's span is kept, and where a longer lexicon name holds the
 *       model's span ("phosphatase and tensin homolog" around "tensin homolog").</li>
 *   <li>The lexicon names what the model found: a span holding exactly one dictionary mention takes
 *       its identity ("c-Fos protein" is FOS); else the whole span is looked up as a synonym; else the
 *       mention keeps its surface as name and gets {@value #UNNORMALISED_ID} as identifier, PubTator's
 *       convention for an entity with no database id. A span holding dictionary mentions of two or
 *       more concepts ("PI3K/Akt") keeps them instead, since one identifier would be wrong; but a
 *       chemical span whose mentions are joined by locants ("sphingosine-1-phosphate") is one
 *       compound, looked up whole or unnamed.</li>
 *   <li>Dictionary mentions the model left out are kept ({@link Policy#UNION}) or dropped
 *       ({@link Policy#MODEL_SPANS}); see docs/entities.md for what each costs.</li>
 * </ul>
 */
public final class MentionMerger {

    /** Identifier of a mention the lexicon cannot name. */
    public static final String UNNORMALISED_ID = "-";

    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\-/]+");

    /**
     * How the model's spans and the dictionary's mentions combine. {@code UNION}: the model's spans
     * (corrected as above) plus the dictionary mentions it left out. {@code MODEL_SPANS}: the model's
     * spans only. {@code NAMES_FIRST}: where the dictionary names something, its mention stands as
     * found and a model span overlapping it is dropped; the model adds only what no lexicon names
     * (GUIDELINE-style spans: the name, not "the HER2 extracellular domain").
     */
    public enum Policy { UNION, MODEL_SPANS, NAMES_FIRST }

    private final Lexicon lexicon;
    private final Policy policy;
    private final Set<String> genericWords;

    /** Merges a model's spans with mentions of {@code lexicon}, whose entity type is the mentions'. */
    public MentionMerger(Lexicon lexicon, Policy policy) {
        this.lexicon = lexicon;
        this.policy = policy;
        this.genericWords = GenericWords.of(lexicon.type());
    }

    public List<Mention> merge(String text, List<Span> modelSpans, List<Mention> dictionary) {
        return merge(text, modelSpans, dictionary, -1);
    }

    /**
     * @param sentenceStart where the sentence starts in {@code text} (-1: unknown): a plain word
     *     written with a capital only because it opens the sentence ("Metalloproteases cleave …")
     *     is still a plain word
     */
    public List<Mention> merge(String text, List<Span> modelSpans, List<Mention> dictionary, int sentenceStart) {
        List<Mention> out = new ArrayList<>();
        boolean[] covered = new boolean[dictionary.size()];
        for (Span found : modelSpans) {
            // A model span inside a compound's code is widened to the whole code (the chemical
            // model's "NVP" of NVP-BEZ235), so it can never name a part of it.
            Span code = CompoundCodes.codeAround(text, found.start(), found.end());
            Span span = code != null && code.start() <= found.start() && code.end() >= found.end() ? code : found;
            if (policy == Policy.NAMES_FIRST && dictionary.stream().anyMatch(m -> m.start() < span.end() && m.end() > span.start())) {
                continue;
            }
            int around = enclosing(span, dictionary);
            if (around >= 0) {
                // A longer lexicon name holds the model's span ("phosphatase and tensin homolog"
                // around "tensin homolog"): the name is kept as the dictionary found it.
                if (!covered[around]) {
                    covered[around] = true;
                    out.add(dictionary.get(around));
                }
                continue;
            }
            List<Mention> inside = new ArrayList<>();
            for (int d = 0; d < dictionary.size(); d++) {
                Mention m = dictionary.get(d);
                if (m.start() < span.end() && m.end() > span.start()) {
                    covered[d] = true;
                    if (m.start() >= span.start() && m.end() <= span.end()) {
                        inside.add(m);
                    }
                }
            }
            long concepts = inside.stream().map(Mention::id).distinct().count();
            if (concepts > 1 && lexicon.type() == EntityType.DRUG && locantJoined(text, inside)) {
                // "sphingosine-1-phosphate", "glucose-6-phosphate": one chemical's systematic name,
                // not sphingosine and phosphate.
                unnamed(text, span, sentenceStart).ifPresent(out::add);
            } else if (concepts > 1) {
                out.addAll(inside);
            } else if (inside.size() == 1 && onlyGenericWordsAround(text, span, inside.get(0))) {
                out.add(inside.get(0));
            } else if (inside.isEmpty()) {
                unnamed(text, span, sentenceStart).ifPresent(out::add);
            } else {
                out.add(named(text, span, inside.get(0)));
            }
        }
        if (policy != Policy.MODEL_SPANS) {
            for (int d = 0; d < dictionary.size(); d++) {
                if (!covered[d]) {
                    out.add(dictionary.get(d));
                }
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /** Whether each gap between consecutive mentions is one unbroken run holding a locant digit ("-1-"). */
    private static boolean locantJoined(String text, List<Mention> inside) {
        for (int k = 1; k < inside.size(); k++) {
            int from = inside.get(k - 1).end();
            int to = inside.get(k).start();
            if (to <= from) {
                return false;
            }
            String gap = text.substring(from, to);
            if (gap.chars().anyMatch(c -> Character.isWhitespace(c) || c == '/') || gap.chars().noneMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A model span holding no dictionary mention: looked up whole, else kept under its surface with
     * {@value #UNNORMALISED_ID}. Never a heading word alone ({@code unnamed-span-stopwords.txt}), nor
     * a span without a letter.
     * Under {@link Policy#NAMES_FIRST} plain lower-case words at its left edge are description, not
     * name, and go ("may obstruct HER2" → "HER2"); a span of nothing else is a class descriptor
     * ("tyrosine kinase", "cyclin-dependent kinase") and is dropped: a specific gene the lexicon
     * lacks is written with a capital, a digit or a Greek letter. A span of a compound code's shape
     * is never an unnamed gene, nor a chemical before "cells" (cell lines: MDA-MB-231, BT474).
     */
    private Optional<Mention> unnamed(String text, Span span, int sentenceStart) {
        Span kept = policy == Policy.NAMES_FIRST ? trimPlainWords(text, span, span.start() == sentenceStart) : span;
        if (kept == null) {
            return Optional.empty();
        }
        String surface = text.substring(kept.start(), kept.end());
        if (STOP_WORDS.contains(surface.toLowerCase(Locale.ROOT)) || surface.codePoints().noneMatch(Character::isLetter)) {
            // A heading word, or numbers alone ("1/2" of "checkpoint kinases 1/2"): never an entity.
            return Optional.empty();
        }
        if (CompoundCodes.isCode(surface) && (lexicon.type() == EntityType.GENE || beforeCells(text, kept))) {
            // A code the lexicon does not list names a compound (the chemical side tags it) or a
            // cell line (MDA-MB-231, BT474): never a gene, and no chemical before "cells".
            return Optional.empty();
        }
        return Optional.of(named(text, kept, null));
    }

    private static boolean beforeCells(String text, Span span) {
        Matcher next = NEXT_WORD.matcher(text).region(span.end(), text.length());
        return next.lookingAt() && CompoundCodes.namesCellsBefore(next.group(1));
    }

    private static final Pattern NEXT_WORD = Pattern.compile("\\s+(\\p{L}+)");
    private static final Set<String> STOP_WORDS = GenericWords.read("unnamed-span-stopwords.txt");
    private static final Pattern PLAIN_WORD = Pattern.compile("[a-z]+(?:-[a-z]+)*");

    /** {@code span} without plain lower-case words at its left edge, or null when nothing else is in it. */
    static Span trimPlainWords(String text, Span span, boolean opensSentence) {
        String surface = text.substring(span.start(), span.end());
        String[] words = surface.split(" ", -1);
        if (opensSentence && !words[0].isEmpty()) {
            words[0] = Character.toLowerCase(words[0].charAt(0)) + words[0].substring(1);
        }
        // Only the left edge is trimmed ("may obstruct HER2"): words after a name are often part of
        // it ("Fc gamma receptors"); a span of plain words only is dropped whole.
        int first = 0;
        while (first < words.length && PLAIN_WORD.matcher(words[first]).matches()) {
            first++;
        }
        if (first == words.length) {
            return null;
        }
        int start = span.start();
        for (int k = 0; k < first; k++) {
            start += words[k].length() + 1;
        }
        return new Span(start, span.end());
    }

    /** Index of a dictionary mention strictly longer than {@code span} and covering it, or -1. */
    private static int enclosing(Span span, List<Mention> dictionary) {
        for (int d = 0; d < dictionary.size(); d++) {
            Mention m = dictionary.get(d);
            if (m.start() <= span.start() && m.end() >= span.end() && m.end() - m.start() > span.end() - span.start()) {
                return d;
            }
        }
        return -1;
    }

    /**
     * Whether the model's span adds to the one name inside only words that do not change which gene
     * it is: "HER2 protein", "PTEN gene", "human HER2", "anti-HER2 antibody". The lexicon's span is
     * then kept, so a named gene is tagged alike with or without the model (BC2GM's spans take in
     * such words, the seed review's do not; the cost on BC2GM is in docs/entities.md).
     */
    boolean onlyGenericWordsAround(String text, Span span, Mention name) {
        return genericWords(text.substring(span.start(), name.start()))
                && genericWords(text.substring(name.end(), span.end()));
    }

    private boolean genericWords(String part) {
        for (String word : WORD_BREAK.split(part.strip())) {
            if (!word.isEmpty() && !genericWords.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }


    private Mention named(String text, Span span, Mention inside) {
        String surface = text.substring(span.start(), span.end());
        if (inside != null) {
            return new Mention(surface, span.start(), span.end(), lexicon.type(), inside.name(), inside.id());
        }
        Optional<LexiconEntry> entry = lexicon.lookup(surface);
        return entry.map(e -> new Mention(surface, span.start(), span.end(), lexicon.type(), e.name(), e.id()))
                .orElseGet(() -> new Mention(surface, span.start(), span.end(), lexicon.type(), surface, UNNORMALISED_ID));
    }
}
