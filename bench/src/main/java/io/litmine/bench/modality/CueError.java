package io.litmine.bench.modality;

import io.litmine.annotators.claim.modality.CueKind;
import java.util.Locale;

/** A token the tagger got wrong: a false positive (tagged, not in a gold cue of the kind) or a miss. */
public record CueError(CueKind kind, boolean falsePositive, TaggedSentence sentence, int token) {

    public String lemma() {
        return sentence.tokens().get(token).lemma().toLowerCase(Locale.ROOT);
    }
}
