package io.litmine.pipeline.cli;

import io.litmine.annotators.model.MentionModelTrainer;
import io.litmine.annotators.model.TrainingSummary;
import io.litmine.annotators.lexicon.Lexicon;
import io.litmine.corpus.model.EntityType;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code litmine model train-genes|train-chemicals}: trains a mention model from an IOB file (BC2GM
 * train for genes, BC5CDR chemicals for drugs); litmine ships one of each, so this is for retraining
 * or training on your own data.
 */
@Command(name = "model", description = "Manage learned models.",
        subcommands = {ModelCommand.TrainGenes.class, ModelCommand.TrainChemicals.class, CommandLine.HelpCommand.class})
final class ModelCommand implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (train-genes or train-chemicals)");
    }

    @Command(name = "train-genes", description = "Train the gene-mention tagger (CoreNLP CRF) from an IOB file "
            + "(token<TAB>label, B-/I-/O, blank line between sentences), e.g. BC2GM train. A malformed file is "
            + "refused and the previous model is left as it was. Takes about 2 minutes on BC2GM train.")
    static final class TrainGenes extends Train {
        TrainGenes() {
            super(EntityType.GENE);
        }
    }

    @Command(name = "train-chemicals", description = "Train the chemical/drug-mention tagger (CoreNLP CRF) from an "
            + "IOB file, e.g. BC5CDR chem-train.tsv. A malformed file is refused and the previous model is left as it was.")
    static final class TrainChemicals extends Train {
        TrainChemicals() {
            super(EntityType.DRUG);
        }
    }

    abstract static class Train implements Callable<Integer> {
        private final EntityType type;

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Option(names = "--iob", paramLabel = "FILE", required = true, description = "IOB training file")
        Path iob;

        @Option(names = "--out", paramLabel = "DIR", description = "where to write the model (default: ~/.litmine/models)")
        Path out;

        @Option(names = "--lexicon", paramLabel = "DIR",
                description = "lexicon whose matches the model learns to weigh; train with the one you tag with "
                        + "(default: ~/.litmine/lexicon if imported, else the built-in one)")
        Path lexicon;

        @Option(names = "--max-iterations", paramLabel = "N", defaultValue = "" + MentionModelTrainer.DEFAULT_MAX_ITERATIONS,
                description = "optimiser iterations at most (default: ${DEFAULT-VALUE})")
        int maxIterations;

        Train(EntityType type) {
            this.type = type;
        }

        @Override
        public Integer call() throws UsageException {
            if (maxIterations < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--max-iterations must be at least 1");
            }
            Path dir = out == null ? ModelLocation.defaultDir() : out;
            Path lexiconDir = LexiconLocation.resolve(lexicon);
            Lexicon entries = lexiconDir == null ? Lexicon.builtIn(type) : Lexicon.load(type, lexiconDir);
            TrainingSummary summary = new MentionModelTrainer(entries, maxIterations, 1).train(iob, dir);
            spec.commandLine().getOut().println(summary.describe());
            spec.commandLine().getOut().flush();
            return LitmineCli.OK;
        }
    }
}
