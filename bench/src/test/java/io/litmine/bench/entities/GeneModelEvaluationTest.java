package io.litmine.bench.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.litmine.annotators.AnnotatorConfig;
import io.litmine.annotators.gene.model.GeneModel;
import io.litmine.annotators.gene.model.GeneModelTrainer;
import io.litmine.annotators.lexicon.Lexicon;
import io.litmine.annotators.lexicon.importing.LexiconImporter;
import io.litmine.annotators.tag.EntityTagger;
import io.litmine.corpus.model.EntityType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tagger with the full lexicon and a gene model trained on BC2GM train, as a user would train
 * it with {@code litmine model train-genes}. Training takes minutes, so the model goes to
 * {@code target/gene-model/} and later runs reuse it ({@code mvn clean} or deleting the folder
 * retrains). Floors are the figures measured (docs/entities.md), rounded down.
 */
@Tag("slow")
class GeneModelEvaluationTest {

    private static final Logger LOG = LoggerFactory.getLogger(GeneModelEvaluationTest.class);
    private static final EvaluationData DATA = new EvaluationData(Path.of("..", "..", "shared"));
    private static final Path MODEL = Path.of("target", "gene-model");

    @TempDir
    static Path lexicon;
    private static EntityTagger tagger;

    @BeforeAll
    static void trainOnceAndImportTheLexicon() throws Exception {
        Assumptions.assumeTrue(DATA.present() && Files.isRegularFile(DATA.bc2gmTrain()),
                "skipped: gold sets, BC2GM train or lexicon sources not found under "
                + DATA.shared().toAbsolutePath().normalize() + " (../shared is not checked out)");
        new LexiconImporter().importInto(DATA.hgnc(), DATA.drugbank(), lexicon);
        if (!GeneModel.existsIn(MODEL)) {
            LOG.info("{}", new GeneModelTrainer(Lexicon.load(EntityType.GENE, lexicon)).train(DATA.bc2gmTrain(), MODEL).describe());
        }
        tagger = new EntityTagger(new AnnotatorConfig(lexicon, MODEL));
    }

    @Test
    void bc2gmDevelGenes() throws Exception {
        IobScore score = IobScore.of(IobSentence.read(DATA.bc2gmDevel()), tagger, EntityType.GENE);
        LOG.info("BC2GM devel genes, full lexicon + model: {}", score.prf());
        // Measured F1 0.7144 (P 0.720, R 0.709). Training is single-threaded, so a retrained model is
        // the same to the bit and the floor can sit at the figure.
        assertThat(score.prf().f1()).isGreaterThanOrEqualTo(0.714);
        assertThat(score.prf().precision()).isGreaterThanOrEqualTo(0.719);
    }

    @Test
    void seedReview() throws Exception {
        SeedScore seed = SeedScore.of(DATA.seedEntities(), tagger);
        LOG.info("seed, full lexicon + model: genes {} norm {}; drugs {} norm {}", seed.genes(), seed.geneNormAccuracy(),
                seed.drugs(), seed.drugNormAccuracy());
        // Measured genes F1 0.9395, drugs F1 0.9492, both norms 1.000. The drugs are the full
        // lexicon's (0.933 without the model): DrugBank's hyaluronan, progesterone and tyrosine are
        // a ligand, a hormone receptor's name and a kinase's name in this review.
        assertThat(seed.genes().f1()).isGreaterThanOrEqualTo(0.939);
        assertThat(seed.drugs().f1()).isGreaterThanOrEqualTo(0.949);
        assertThat(seed.geneNormAccuracy()).isGreaterThanOrEqualTo(0.99);
        assertThat(seed.drugNormAccuracy()).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void bc5cdrDevelChemicals() throws Exception {
        IobScore score = IobScore.of(IobSentence.read(DATA.bc5cdrChemicalDevel()), tagger, EntityType.DRUG);
        LOG.info("BC5CDR devel chemicals, full lexicon + model: {}", score.prf());
        // Measured F1 0.8018 (0.8025 without the model): a drug yields only to a gene the lexicon names.
        assertThat(score.prf().f1()).isGreaterThanOrEqualTo(0.801);
    }
}
