package io.litmine.annotators.gene.model;

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
import java.util.regex.Pattern;

/**
 * Combines the gene model's spans with the dictionary's mentions of one sentence.
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
 *       more concepts ("PI3K/Akt") keeps them instead, since one identifier would be wrong.</li>
 *   <li>Dictionary mentions the model left out are kept ({@link Policy#UNION}) or dropped
 *       ({@link Policy#MODEL_SPANS}); see docs/entities.md for what each costs.</li>
 * </ul>
 */
public final class MentionMerger {

    /** Identifier of a gene mention the lexicon cannot name. */
    public static final String UNNORMALISED_ID = "-";

    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\-/]+");
    private static final Set<String> GENERIC_WORDS = Set.of("receptor", "receptors",
            "protein", "proteins", "kinase", "human", "anti", "antibody", "antibodies", "monoclonal", "molecule",
            "molecules", "dimer", "dimers", "heterodimer", "heterodimers", "homodimer", "homodimers");

    /** What happens to a dictionary mention the model did not find. */
    public enum Policy { UNION, MODEL_SPANS }

    private final Lexicon lexicon;
    private final Policy policy;

    public MentionMerger(Lexicon lexicon, Policy policy) {
        if (lexicon.type() != EntityType.GENE) {
            throw new IllegalArgumentException("the gene model merges with a gene lexicon, got " + lexicon.type());
        }
        this.lexicon = lexicon;
        this.policy = policy;
    }

    public List<Mention> merge(String text, List<Span> modelSpans, List<Mention> dictionary) {
        List<Mention> out = new ArrayList<>();
        boolean[] covered = new boolean[dictionary.size()];
        for (Span span : modelSpans) {
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
            if (concepts > 1) {
                out.addAll(inside);
            } else if (inside.size() == 1 && onlyGenericWordsAround(text, span, inside.get(0))) {
                out.add(inside.get(0));
            } else {
                out.add(named(text, span, inside.isEmpty() ? null : inside.get(0)));
            }
        }
        if (policy == Policy.UNION) {
            for (int d = 0; d < dictionary.size(); d++) {
                if (!covered[d]) {
                    out.add(dictionary.get(d));
                }
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
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
    static boolean onlyGenericWordsAround(String text, Span span, Mention name) {
        return genericWords(text.substring(span.start(), name.start()))
                && genericWords(text.substring(name.end(), span.end()));
    }

    private static boolean genericWords(String part) {
        for (String word : WORD_BREAK.split(part.strip())) {
            if (!word.isEmpty() && !GENERIC_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private Mention named(String text, Span span, Mention inside) {
        String surface = text.substring(span.start(), span.end());
        if (inside != null) {
            return new Mention(surface, span.start(), span.end(), EntityType.GENE, inside.name(), inside.id());
        }
        Optional<LexiconEntry> entry = lexicon.lookup(surface);
        return entry.map(e -> new Mention(surface, span.start(), span.end(), EntityType.GENE, e.name(), e.id()))
                .orElseGet(() -> new Mention(surface, span.start(), span.end(), EntityType.GENE, surface, UNNORMALISED_ID));
    }
}
