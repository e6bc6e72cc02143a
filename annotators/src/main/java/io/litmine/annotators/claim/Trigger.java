package io.litmine.annotators.claim;

import io.litmine.corpus.model.Relation;
import java.util.regex.Pattern;

/**
 * One entry of {@code triggers.tsv}: a lemma of a kind (verb, noun, agent, reverse, adjective, via, stimulus, phenotype)
 * with either a signed {@link Effect} or a fixed unsigned relation, and the prepositions that carry its
 * object (null: none needed), and the relation it carries in the passive when that differs (else null).
 */
record Trigger(String lemma, Kind kind, Effect effect, Relation fixed, Pattern prepositions, Relation passive) {

    /**
     * {@code VIA}: a premodifier that carries a relation ("X-mediated Y"); {@code STIMULUS}: one that names
     * what an experiment applied ("EGF-induced CCR1 expression"), a condition and never a claim of its own;
     * {@code PHENOTYPE}: a verb of what a sample shows ("exhibit"), a claim only with a sample deprived of a
     * gene as its subject ({@link ManipulatedSamples}).
     */
    enum Kind { VERB, NOUN, AGENT, REVERSE, ADJECTIVE, VIA, STIMULUS, PREDICATE, PHENOTYPE }

    boolean takes(String preposition) {
        return prepositions != null && prepositions.matcher(preposition).matches();
    }
}
