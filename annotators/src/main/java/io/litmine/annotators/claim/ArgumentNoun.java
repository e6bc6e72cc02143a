package io.litmine.annotators.claim;

import io.litmine.corpus.model.ArgumentState;

/**
 * One entry of {@code argument-nouns.tsv}: a noun that manipulates or measures the entity it governs,
 * with the state it gives a subject ("loss of PTEN": loss) and the effect it gives an object ("HER2
 * phosphorylation": + activity; null for none, as with "mutation").
 */
record ArgumentNoun(String lemma, ArgumentState state, Effect effect) {
}
