package io.litmine.bench.modality;

import static org.assertj.core.api.Assertions.assertThat;

import io.litmine.annotators.claim.modality.CueKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Negation and speculation cue tokens of the {@code ModalityCueTagger} on BioScope's biological
 * abstracts (../shared/data/negation/bioscope/abstracts.xml), as {@link BioScopeEvaluation} reports
 * them (docs/benchmarks.md).
 */
@Tag("slow")
class BioScopeEvaluationTest {

    // Floors: the figures measured with the cue rules of the day, rounded down (docs/benchmarks.md).
    // They only ever go up: raise them here as the rules improve.
    /** Measured P 0.9447, R 0.9875, F1 0.9656 (tp 1810, fp 106, fn 23). */
    static final double NEGATION_PRECISION = 0.94;
    static final double NEGATION_RECALL = 0.98;
    static final double NEGATION_F1 = 0.96;
    /** Measured P 0.9049, R 0.9035, F1 0.9042 (tp 2780, fp 292, fn 297). */
    static final double SPECULATION_PRECISION = 0.90;
    static final double SPECULATION_RECALL = 0.90;
    static final double SPECULATION_F1 = 0.90;

    private static final Logger LOG = LoggerFactory.getLogger(BioScopeEvaluationTest.class);
    private static final BioScopeData DATA = new BioScopeData(Path.of("..", "..", "shared"));

    private static List<BioScopeSentence> sentences;
    private static CueScore score;

    @BeforeAll
    static void tagTheAbstracts() throws Exception {
        Assumptions.assumeTrue(DATA.present(), "skipped: BioScope abstracts not found at "
                + DATA.abstracts().toAbsolutePath().normalize() + " (../shared is not checked out)");
        sentences = BioScopeCorpus.read(DATA.abstracts());
        score = CueScorer.score(new CueTagging().tag(sentences));
        LOG.info("{}", score.report("BioScope abstracts"));
    }

    @Test
    void theCorpusIsTheOneMeasured() throws Exception {
        assertThat(Files.size(DATA.abstracts())).as("abstracts.xml bytes (SOURCE.txt)").isEqualTo(2_956_059L);
        assertThat(sentences).as("sentences").hasSize(11_871);
        assertThat(score.cues()).as("gold cues").containsEntry(CueKind.NEGATION, 1_757).containsEntry(CueKind.SPECULATION, 2_694);
        assertThat(score.unaligned()).as("gold cues overlapping no token").isZero();
    }

    @Test
    void negationCuesReachTheirFloors() {
        assertThat(score.negation().precision()).as("negation cue precision").isGreaterThanOrEqualTo(NEGATION_PRECISION);
        assertThat(score.negation().recall()).as("negation cue recall").isGreaterThanOrEqualTo(NEGATION_RECALL);
        assertThat(score.negation().f1()).as("negation cue F1").isGreaterThanOrEqualTo(NEGATION_F1);
    }

    @Test
    void speculationCuesReachTheirFloors() {
        assertThat(score.speculation().precision()).as("speculation cue precision").isGreaterThanOrEqualTo(SPECULATION_PRECISION);
        assertThat(score.speculation().recall()).as("speculation cue recall").isGreaterThanOrEqualTo(SPECULATION_RECALL);
        assertThat(score.speculation().f1()).as("speculation cue F1").isGreaterThanOrEqualTo(SPECULATION_F1);
    }
}
