/**
 * Negation and speculation cue tagging at the token level (BioScope's cue layer), from the claim
 * extractor's cue list {@code modality-cues.tsv} plus the tagger's own patterns,
 * {@code modality-cue-rules.tsv}; evaluated on BioScope by {@code io.litmine.bench.modality}.
 */
package io.litmine.annotators.claim.modality;
