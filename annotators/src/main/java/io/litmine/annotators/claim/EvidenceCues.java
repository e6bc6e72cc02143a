package io.litmine.annotators.claim;

import io.litmine.corpus.model.Evidence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The evidence cues of a claim's sentence (GUIDELINE §6), read once from {@code evidence-cues.tsv}
 * beside this class, whose comments give the format; first matching line wins. Immutable and shared.
 */
final class EvidenceCues {

    static final String RESOURCE = "evidence-cues.tsv";
    private static final String[] COLUMNS = {"evidence", "cues"};

    private record Cue(Evidence evidence, Pattern words) {
    }

    private static final class Default {
        static final EvidenceCues INSTANCE = parse(RuleFile.fromResource(EvidenceCues.class, RESOURCE, COLUMNS));
    }

    private final List<Cue> cues;

    private EvidenceCues(List<Cue> cues) {
        this.cues = List.copyOf(cues);
    }

    static EvidenceCues defaults() {
        return Default.INSTANCE;
    }

    /** The evidence type of the first line whose cues the sentence has; UNSPECIFIED when none. */
    Evidence classify(String sentence) {
        for (Cue cue : cues) {
            if (cue.words().matcher(sentence).find()) {
                return cue.evidence();
            }
        }
        return Evidence.UNSPECIFIED;
    }

    private static EvidenceCues parse(List<RuleFile.Line> lines) {
        Map<Evidence, Integer> seen = new EnumMap<>(Evidence.class);
        List<Cue> cues = new ArrayList<>();
        for (RuleFile.Line line : lines) {
            Evidence evidence;
            try {
                evidence = Evidence.fromLabel(line.field(0));
            } catch (IllegalArgumentException e) {
                throw line.error("unknown evidence '" + line.field(0) + "', expected one of " + Arrays.stream(Evidence.values())
                        .filter(v -> v != Evidence.UNSPECIFIED).map(Evidence::label).collect(Collectors.joining(", ")));
            }
            if (evidence == Evidence.UNSPECIFIED) {
                throw line.error("unspecified takes no line: it is what no line matches");
            }
            Integer before = seen.putIfAbsent(evidence, line.number());
            if (before != null) {
                throw line.error(evidence.label() + " is already on line " + before);
            }
            cues.add(new Cue(evidence, line.words(1)));
        }
        return new EvidenceCues(cues);
    }
}
