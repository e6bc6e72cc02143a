package io.litmine.bench.modality;

import java.util.List;
import java.util.Objects;

/**
 * A BioScope sentence: its id ("S1.4"), the 0-based place of its document in the file, its text (the
 * element's characters, markup removed) and its cues, with spans into that text.
 */
public record BioScopeSentence(String id, int document, String text, List<GoldCue> cues) {

    public BioScopeSentence {
        Objects.requireNonNull(id);
        Objects.requireNonNull(text);
        cues = List.copyOf(cues);
        for (GoldCue c : cues) {
            if (c.end() > text.length()) {
                throw new IllegalArgumentException(id + ": cue span beyond the text");
            }
        }
    }
}
