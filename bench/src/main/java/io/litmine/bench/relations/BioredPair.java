package io.litmine.bench.relations;

import io.litmine.corpus.model.Claim;

/**
 * A gene/chemical identifier pair of one BioRED document, as gold has it ({@code gold} null when it
 * is no gold pair) and as the claims have it ({@code predicted} null when no claim links it;
 * {@code claim} the first claim that does, whose polarity the typed score uses).
 */
public record BioredPair(String doc, IdPair ids, Polarity gold, Polarity predicted, Claim claim) {
}
