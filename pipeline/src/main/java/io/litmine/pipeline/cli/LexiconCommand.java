package io.litmine.pipeline.cli;

import io.litmine.annotators.lexicon.importing.ImportSummary;
import io.litmine.annotators.lexicon.importing.LexiconImportException;
import io.litmine.annotators.lexicon.importing.LexiconImporter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code litmine lexicon import}: builds the full gene/drug lexicon from the public vocabularies. */
@Command(name = "lexicon", description = "Manage the gene/drug lexicon.",
        subcommands = {LexiconCommand.Import.class, CommandLine.HelpCommand.class})
final class LexiconCommand implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (import)");
    }

    @Command(name = "import", description = "Build the full lexicon from the HGNC complete set and the DrugBank open "
            + "vocabulary, merged with the built-in curated lexicon. A malformed or wrong file is refused and the "
            + "previous lexicon is left as it was.")
    static final class Import implements Callable<Integer> {
        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Option(names = "--hgnc", paramLabel = "FILE", required = true,
                description = "hgnc_complete_set.txt (tab-separated, .gz accepted) from genenames.org")
        Path hgnc;

        @Option(names = "--drugbank", paramLabel = "FILE", required = true,
                description = "drugbank_vocabulary.csv (DrugBank open vocabulary)")
        Path drugbank;

        @Option(names = "--lexicon", paramLabel = "DIR", description = "where to write it (default: ~/.litmine/lexicon)")
        Path lexicon;

        @Override
        public Integer call() throws LexiconImportException {
            Path dir = lexicon == null ? LexiconLocation.defaultDir() : lexicon;
            ImportSummary summary = new LexiconImporter().importInto(hgnc, drugbank, dir);
            spec.commandLine().getOut().println(summary.describe());
            spec.commandLine().getOut().flush();
            return LitmineCli.OK;
        }
    }
}
