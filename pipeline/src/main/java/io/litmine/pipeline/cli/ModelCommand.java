package io.litmine.pipeline.cli;

import io.litmine.annotators.gene.model.GeneModelTrainer;
import io.litmine.annotators.gene.model.TrainingSummary;
import io.litmine.annotators.lexicon.Lexicon;
import io.litmine.corpus.model.EntityType;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code litmine model train-genes}: trains the gene-mention model from an IOB file the user supplies. */
@Command(name = "model", description = "Manage learned models.",
        subcommands = {ModelCommand.TrainGenes.class, CommandLine.HelpCommand.class})
final class ModelCommand implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (train-genes)");
    }

    @Command(name = "train-genes", description = "Train a gene-mention tagger (CoreNLP CRF) from an IOB file "
            + "(token<TAB>label, B-/I-/O, blank line between sentences), e.g. BC2GM train. A malformed file is "
            + "refused and the previous model is left as it was. Takes about 2 minutes on BC2GM train on 2 cores.")
    static final class TrainGenes implements Callable<Integer> {
        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Option(names = "--iob", paramLabel = "FILE", required = true, description = "IOB training file")
        Path iob;

        @Option(names = "--out", paramLabel = "DIR", description = "where to write the model (default: ~/.litmine/models)")
        Path out;

        @Option(names = "--lexicon", paramLabel = "DIR",
                description = "gene lexicon whose matches the model learns to weigh; train with the one you tag with "
                        + "(default: ~/.litmine/lexicon if imported, else the built-in one)")
        Path lexicon;

        @Option(names = "--max-iterations", paramLabel = "N", defaultValue = "" + GeneModelTrainer.DEFAULT_MAX_ITERATIONS,
                description = "optimiser iterations at most (default: ${DEFAULT-VALUE})")
        int maxIterations;

        @Override
        public Integer call() throws UsageException {
            if (maxIterations < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--max-iterations must be at least 1");
            }
            Path dir = out == null ? ModelLocation.defaultDir() : out;
            Path lexiconDir = LexiconLocation.resolve(lexicon);
            Lexicon genes = lexiconDir == null ? Lexicon.builtIn(EntityType.GENE) : Lexicon.load(EntityType.GENE, lexiconDir);
            TrainingSummary summary = new GeneModelTrainer(genes, maxIterations, 1).train(iob, dir);
            spec.commandLine().getOut().println(summary.describe());
            spec.commandLine().getOut().flush();
            return LitmineCli.OK;
        }
    }
}
