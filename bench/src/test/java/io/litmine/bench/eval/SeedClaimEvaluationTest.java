package io.litmine.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The seed review through ingest and the claims export, scored against the gold claims as
 * score_claims.py scores them. Floors are the figures measured when they were set (floors only go up):
 * first round sentence P 1.0000 R 0.6429, claims P 0.8049 R 0.5077 F1 0.6226; second round (clause
 * breaks, agents, between/treatment/condition phrases, process labels) sentence P 1.0000 R 0.8333,
 * claims P 0.9600 R 0.7385 F1 0.8348; relation, negated, hedged and citations 1.0 on the 48 matched.
 */
@Tag("slow")
class SeedClaimEvaluationTest {

    private static final Logger LOG = LoggerFactory.getLogger(SeedClaimEvaluationTest.class);
    private static final Path SHARED = Path.of("..", "..", "shared");

    @TempDir
    Path work;

    @Test
    void seedClaimsReachTheirFloors() throws Exception {
        Path seed = SHARED.resolve(SeedClaimEvaluation.SEED);
        Path gold = SHARED.resolve(SeedClaimEvaluation.GOLD);
        Assumptions.assumeTrue(Files.isRegularFile(seed) && Files.isRegularFile(gold),
                "skipped: seed or gold not found under " + SHARED.toAbsolutePath().normalize() + " (../shared is not checked out)");

        ClaimScores s = SeedClaimEvaluation.score(SeedClaimEvaluation.exportClaims(seed, work), gold);
        LOG.info("seed claims:\n{}", s.report());

        assertThat(s.sentences().precision()).as("sentence precision").isGreaterThanOrEqualTo(0.95);
        assertThat(s.sentences().recall()).as("sentence recall").isGreaterThanOrEqualTo(0.83);
        assertThat(s.claims().f1()).as("claim F1").isGreaterThanOrEqualTo(0.83);
        assertThat(s.relationAccuracy()).as("relation accuracy").isGreaterThanOrEqualTo(0.95);
        assertThat(s.negatedAccuracy()).as("negated accuracy").isGreaterThanOrEqualTo(0.95);
        assertThat(s.hedgedAccuracy()).as("hedged accuracy").isGreaterThanOrEqualTo(0.95);
        assertThat(s.citationsAccuracy()).as("citation-set accuracy").isGreaterThanOrEqualTo(0.95);
    }
}
