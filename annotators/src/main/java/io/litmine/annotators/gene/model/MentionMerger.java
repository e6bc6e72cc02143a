package io.litmine.annotators.gene.model;

import io.litmine.annotators.lexicon.Lexicon;
import io.litmine.annotators.lexicon.LexiconEntry;
import io.litmine.corpus.model.EntityType;
import io.litmine.corpus.model.Mention;
import io.litmine.corpus.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Combines the gene model's spans with the dictionary's mentions of one sentence.
 *
 * <ul>
 *   <li>The model decides where a mention starts and ends: it learned BC2GM's spans ("SH2 domains",
 *       "c-Fos protein"), which the dictionary cuts short. (Keeping the dictionary's span when the
 *       model only adds a head noun such as "receptor" or "kinase" was measured: seed gene F1 0.860 →
 *       0.890, BC2GM devel 0.7003 → 0.698; not taken, see docs/entities.md.)</li>
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
