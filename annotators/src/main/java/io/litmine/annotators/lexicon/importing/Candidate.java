package io.litmine.annotators.lexicon.importing;

/** One synonym offered by an imported record, before conflicts and ambiguity are settled. */
record Candidate(String conceptId, String synonym, Tier tier) {
}
