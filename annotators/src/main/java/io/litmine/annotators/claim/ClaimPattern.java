package io.litmine.annotators.claim;

import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.util.Set;

/** One line of {@code claim-patterns.semgrex}: a named Semgrex pattern and its flags. */
record ClaimPattern(String name, Set<Flag> flags, SemgrexPattern pattern) {

    enum Flag { NOMINAL, INHERIT, SWAP, PREP, CONDITION, PASSIVE, PAIR, SAMPLE, RECIPROCAL }

    boolean has(Flag f) {
        return flags.contains(f);
    }
}
