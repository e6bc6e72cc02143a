package io.litmine.bench.modality;

import io.litmine.annotators.claim.modality.ModalityCues;
import java.util.List;
import java.util.Objects;

/** A BioScope sentence as CoreNLP tokenized it, with the tagger's cue tokens. */
public record TaggedSentence(BioScopeSentence gold, List<Token> tokens, ModalityCues predicted) {

    public TaggedSentence {
        Objects.requireNonNull(gold);
        tokens = List.copyOf(tokens);
        Objects.requireNonNull(predicted);
    }

    /** A token's word, lemma and character span in the sentence text. */
    public record Token(String word, String lemma, int begin, int end) {
    }
}
