package io.litmine.bench.entities;

import io.litmine.annotators.lexicon.Lexicon;
import io.litmine.annotators.lexicon.importing.LexiconImporter;
import io.litmine.annotators.model.MentionModelTrainer;
import io.litmine.annotators.model.MeshTable;
import io.litmine.corpus.model.EntityType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Rebuilds the models litmine ships ({@code annotators/src/main/resources/io/litmine/annotators/model/}):
 * imports the full lexicon from the shared HGNC and DrugBank copies into a temporary folder, as
 * {@code litmine lexicon import} does, then trains the gene model on BC2GM train and the chemical
 * model on BC5CDR chemicals (train half), each with that lexicon's verdicts as features, one
 * gradient thread, so the same data give the same bytes; and learns the chemicals' MeSH ids
 * ({@link MeshTable}) from the BC5CDR training and development PubTator files:
 * <pre>bench/train-models            (= bench/run io.litmine.bench.entities.TrainShippedModels ../shared OUT_DIR)</pre>
 * About two minutes per model on one core. {@code ShippedModelsTest} (slow) retrains and compares.
 */
public final class TrainShippedModels {

    private TrainShippedModels() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: TrainShippedModels SHARED_DIR OUT_DIR");
            System.exit(2);
        }
        EvaluationData data = new EvaluationData(Path.of(args[0]));
        if (!Files.isRegularFile(data.bc2gmTrain()) || !Files.isRegularFile(data.bc5cdrChemicalTrain())
                || !Files.isRegularFile(data.hgnc()) || !Files.isRegularFile(data.drugbank())) {
            System.err.println("BC2GM train, BC5CDR chem-train or the lexicon sources are missing under "
                    + data.shared().toAbsolutePath().normalize());
            System.exit(2);
        }
        Path out = Path.of(args[1]);
        train(data, out);
    }

    /** Imports the full lexicon into a temporary folder and trains both models into {@code out}. */
    public static void train(EvaluationData data, Path out) throws Exception {
        Path lexicon = Files.createTempDirectory("litmine-lexicon-");
        new LexiconImporter().importInto(data.hgnc(), data.drugbank(), lexicon);
        System.out.println(new MentionModelTrainer(Lexicon.load(EntityType.GENE, lexicon)).train(data.bc2gmTrain(), out).describe());
        System.out.println(new MentionModelTrainer(Lexicon.load(EntityType.DRUG, lexicon))
                .train(data.bc5cdrChemicalTrain(), out).describe());
        int rows = MeshTable.build(List.of(data.bc5cdrTrainingPubtator(), data.bc5cdrDevelopmentPubtator()),
                Lexicon.load(EntityType.DRUG, lexicon), out);
        System.out.printf("learned %d MeSH rows from BC5CDR training and development chemicals into %s%n", rows,
                out.resolve(MeshTable.FILE_NAME));
    }
}
