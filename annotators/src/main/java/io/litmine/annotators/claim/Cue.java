package io.litmine.annotators.claim;

import io.litmine.corpus.model.Relation;

/**
 * A relation cue found in a sentence. {@code kind} says how its arguments are found: a verb takes
 * subject before and object after; a nominalisation ("PI3K activation", "degradation of p27")
 * takes its object from its premodifier or "of" phrase; a resistance phrase takes a drug as object;
 * a participle before a process ("enhanced apoptosis") takes that process; a property ("has growth
 * inhibitory properties") takes the process before it; an attenuated drug ("trastuzumab was less
 * effective ... in the presence of X") takes the drug as object and the present entity as subject.
 */
record Cue(Relation relation, Kind kind, int firstTok, int lastTok) {
    enum Kind { VERB, NOUN, RESISTANCE, MODIFIER, PROPERTY, ATTENUATED }
}
