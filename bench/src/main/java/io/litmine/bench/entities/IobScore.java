package io.litmine.bench.entities;

import io.litmine.bench.eval.Prf;
import io.litmine.annotators.tag.EntityTagger;
import io.litmine.annotators.tag.TaggedEntity;
import io.litmine.corpus.model.EntityType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Entity-level exact match of the tagger against an IOB file, scored as {@code score_iob.py}
 * scores {@code litmine tag} output: each predicted character span is widened to the tokens it
 * overlaps and is right when a gold chunk has the same first and last token.
 */
public record IobScore(Prf prf, int misaligned, Diagnostics diagnostics) {

    public static IobScore of(List<IobSentence> sentences, EntityTagger tagger, EntityType type) {
        Prf total = new Prf(0, 0, 0);
        int misaligned = 0;
        Diagnostics diagnostics = new Diagnostics();
        for (IobSentence sentence : sentences) {
            String text = sentence.text();
            int[] starts = sentence.starts();
            Set<List<Integer>> predicted = new HashSet<>();
            for (TaggedEntity e : tagger.tag(text)) {
                if (e.mention().type() != type) {
                    continue;
                }
                int first = -1;
                int last = -1;
                for (int t = 0; t < starts.length; t++) {
                    int end = starts[t] + sentence.tokens().get(t).length();
                    if (starts[t] < e.mention().end() && end > e.mention().start()) {
                        first = first < 0 ? t : first;
                        last = t;
                    }
                }
                if (first < 0) {
                    continue;
                }
                if (starts[first] != e.mention().start()
                        || starts[last] + sentence.tokens().get(last).length() != e.mention().end()) {
                    misaligned++;
                }
                predicted.add(List.of(first, last + 1));
            }
            Set<List<Integer>> gold = new HashSet<>();
            sentence.chunks().forEach(c -> gold.add(List.of(c[0], c[1])));
            total = total.plus(Prf.of(predicted, gold));
            predicted.stream().filter(p -> !gold.contains(p)).forEach(p -> diagnostics.falsePositive(span(sentence, p)));
            gold.stream().filter(g -> !predicted.contains(g)).forEach(g -> diagnostics.falseNegative(span(sentence, g)));
        }
        return new IobScore(total, misaligned, diagnostics);
    }

    private static String span(IobSentence sentence, List<Integer> chunk) {
        return String.join(" ", sentence.tokens().subList(chunk.get(0), chunk.get(1)));
    }
}
