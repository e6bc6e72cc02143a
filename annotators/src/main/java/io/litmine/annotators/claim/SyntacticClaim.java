package io.litmine.annotators.claim;

import io.litmine.corpus.model.ArgumentState;
import io.litmine.corpus.model.Relation;

/**
 * A claim found on the parse: arguments with their states, the relation as stated, modality, and the
 * pattern that found it (for error analysis and the log).
 */
record SyntacticClaim(Argument subject, ArgumentState subjectState, Relation relation, Argument object,
                      ArgumentState objectState, boolean negated, boolean hedged, String pattern) {
}
