package io.litmine.pipeline.cli;

import io.litmine.annotators.model.ModelException;
import io.litmine.annotators.lexicon.LexiconException;
import io.litmine.annotators.lexicon.importing.LexiconImportException;
import io.litmine.annotators.tag.TagInputException;
import io.litmine.index.search.MissingIndexException;
import io.litmine.index.search.QuerySyntaxException;
import io.litmine.pipeline.beam.Failure;
import io.litmine.pipeline.ingest.IngestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Turns an exception out of a command into one line on stderr and an exit code. A user's mistake
 * (no such index, a bad query, a missing file) is exit 2; anything else is exit 1 with the stack
 * trace in the log at debug level, never on the terminal.
 */
final class UserErrorHandler implements CommandLine.IExecutionExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UserErrorHandler.class);

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        LOG.debug("command failed", e);
        if (e instanceof IngestException || e instanceof QuerySyntaxException || e instanceof MissingIndexException
                || e instanceof UsageException || e instanceof LexiconImportException || e instanceof LexiconException
                || e instanceof TagInputException || e instanceof ModelException || e instanceof Exports.OutputFileException) {
            String command = cli.getCommandSpec().qualifiedName(" ");
            // A flag's value the command could not use: the same one-line form and hint as a parse error.
            String message = Failure.oneLineOf(e.getMessage());
            boolean hinted = message.contains("(run: ") || message.contains("(see ") || message.contains("(try: ");
            String hint = e instanceof UsageException && !hinted ? " (try: " + command + " --help)" : "";
            cli.getErr().println(command + ": " + message + hint);
            return LitmineCli.USAGE;
        }
        cli.getErr().println(cli.getCommandSpec().qualifiedName(" ") + ": "
                + Failure.oneLineOf(e.getClass().getSimpleName() + ": " + e.getMessage()));
        return LitmineCli.SOME_FAILED;
    }
}
