package io.litmine.bench.modality;

import io.litmine.annotators.claim.modality.CueKind;
import java.util.Objects;

/** A BioScope {@code <cue>}: its type and its character span in the sentence text, end exclusive. */
public record GoldCue(CueKind kind, int begin, int end) {

    public GoldCue {
        Objects.requireNonNull(kind);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad cue span " + begin + ".." + end);
        }
    }

    /** Whether the characters {@code [b, e)} share at least one character with the cue. */
    public boolean overlaps(int b, int e) {
        return b < end && begin < e;
    }
}
