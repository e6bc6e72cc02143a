package io.litmine.bench.modality;

import io.litmine.annotators.claim.modality.CueKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The tagger's errors for reading: per kind, false positives and misses counted by lemma, then
 * examples spread evenly over the corpus. In an example, gold negation cues are in [brackets], gold
 * speculation cues in &lt;angle brackets&gt; (the guidelines' marking) and the token in question in »…«.
 */
public final class CueErrors {

    private static final int LEMMAS = 25;

    private CueErrors() {
    }

    public static String report(CueScore score, int examples) {
        StringBuilder b = new StringBuilder();
        for (CueKind k : CueKind.values()) {
            for (boolean fp : new boolean[] {true, false}) {
                List<CueError> errors = score.errors().stream().filter(e -> e.kind() == k && e.falsePositive() == fp).toList();
                String what = k.name().toLowerCase(Locale.ROOT) + (fp ? " false positives" : " misses");
                b.append(String.format(Locale.ROOT, "%n== %s: %d tokens%n  by lemma: %s%n", what, errors.size(), byLemma(errors)));
                for (CueError e : spread(errors, examples)) {
                    b.append("  ").append(e.sentence().gold().id()).append(": ").append(render(e)).append('\n');
                }
            }
        }
        return b.toString();
    }

    private static String byLemma(List<CueError> errors) {
        Map<String, Long> counts = errors.stream().collect(Collectors.groupingBy(CueError::lemma, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .limit(LEMMAS).map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    /** {@code n} errors at even steps through the list (all of them when there are fewer). */
    static List<CueError> spread(List<CueError> errors, int n) {
        if (errors.size() <= n) {
            return errors;
        }
        List<CueError> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(errors.get((int) ((long) i * errors.size() / n)));
        }
        return out;
    }

    static String render(CueError e) {
        String text = e.sentence().gold().text();
        TaggedSentence.Token token = e.sentence().tokens().get(e.token());
        // insertions by offset; at one offset, closings before openings
        TreeMap<Integer, StringBuilder> marks = new TreeMap<>();
        for (GoldCue c : e.sentence().gold().cues()) {
            boolean neg = c.kind() == CueKind.NEGATION;
            marks.computeIfAbsent(c.begin(), x -> new StringBuilder()).append(neg ? "[" : "<");
            marks.computeIfAbsent(c.end(), x -> new StringBuilder()).insert(0, neg ? "]" : ">");
        }
        marks.computeIfAbsent(token.begin(), x -> new StringBuilder()).append('»');
        marks.computeIfAbsent(token.end(), x -> new StringBuilder()).insert(0, '«');
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Map.Entry<Integer, StringBuilder> m : marks.entrySet()) {
            out.append(text, at, m.getKey()).append(m.getValue());
            at = m.getKey();
        }
        return out.append(text.substring(at)).toString().replaceAll("\\s+", " ").strip();
    }
}
