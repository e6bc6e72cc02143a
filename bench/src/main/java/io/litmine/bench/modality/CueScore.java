package io.litmine.bench.modality;

import io.litmine.annotators.claim.modality.CueKind;
import io.litmine.bench.eval.Prf;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Token-level cue scores, one {@link Prf} per kind: a tagged token is a true positive when it overlaps
 * a gold cue of its kind, every token overlapping a gold cue of the kind is to be found. Also how
 * many gold cues had at least one token tagged with their kind ({@code cuesHit} of {@code cues}),
 * and how many overlap no token at all ({@code unaligned}: should be 0, or the alignment is broken).
 */
public record CueScore(int sentences, Map<CueKind, Prf> tokens, Map<CueKind, Integer> cues, Map<CueKind, Integer> cuesHit,
        int unaligned, List<CueError> errors) {

    public CueScore {
        tokens = Map.copyOf(tokens);
        cues = Map.copyOf(cues);
        cuesHit = Map.copyOf(cuesHit);
        errors = List.copyOf(errors);
    }

    public Prf negation() {
        return tokens.get(CueKind.NEGATION);
    }

    public Prf speculation() {
        return tokens.get(CueKind.SPECULATION);
    }

    public String report(String title) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%s: %d sentences%n", title, sentences));
        for (CueKind k : CueKind.values()) {
            b.append(String.format(Locale.ROOT, "  %-24s %s   cues hit %d/%d%n", k.name().toLowerCase(Locale.ROOT) + " cue tokens",
                    tokens.get(k), cuesHit.get(k), cues.get(k)));
        }
        if (unaligned > 0) {
            b.append(String.format(Locale.ROOT, "  %d gold cues overlap no token%n", unaligned));
        }
        return b.toString();
    }
}
