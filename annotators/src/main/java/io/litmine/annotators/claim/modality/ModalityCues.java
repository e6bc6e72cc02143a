package io.litmine.annotators.claim.modality;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The cue tokens of one sentence: 0-based indexes into the sentence's token list (CoreNLP's
 * {@code TokensAnnotation}), ascending. A multi-word cue ("rather than", "indicate that") contributes
 * each of its tokens. A token is at most one kind of cue.
 */
public record ModalityCues(SortedSet<Integer> negation, SortedSet<Integer> speculation) {

    public ModalityCues {
        negation = Collections.unmodifiableSortedSet(new TreeSet<>(Objects.requireNonNull(negation)));
        speculation = Collections.unmodifiableSortedSet(new TreeSet<>(Objects.requireNonNull(speculation)));
        if (negation.stream().anyMatch(speculation::contains)) {
            throw new IllegalArgumentException("a token is both a negation and a speculation cue: " + negation + " " + speculation);
        }
    }

    /** The cue tokens of one kind. */
    public SortedSet<Integer> of(CueKind kind) {
        return kind == CueKind.NEGATION ? negation : speculation;
    }

    public boolean isEmpty() {
        return negation.isEmpty() && speculation.isEmpty();
    }
}
