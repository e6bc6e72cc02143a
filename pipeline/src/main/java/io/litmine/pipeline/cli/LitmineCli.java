package io.litmine.pipeline.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import io.litmine.pipeline.beam.Failure;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code litmine} command line: parses the arguments and hands over to a subcommand. */
@Command(name = "litmine",
        mixinStandardHelpOptions = true,
        // --help, -h and --version on every subcommand, nested ones too ("litmine lexicon import --help").
        scope = CommandLine.ScopeType.INHERIT,
        version = "litmine 0.1.0",
        description = "Turns biomedical review papers into a searchable evidence base of mechanism claims and their citations.",
        subcommands = {
            IngestCommand.class,
            SearchCommand.class,
            ExportCommand.class,
            MapCommand.class,
            PapersCommand.class,
            ServeCommand.class,
            DemoCommand.class,
            TagCommand.class,
            LexiconCommand.class,
            ModelCommand.class,
            CommandLine.HelpCommand.class
        })
public final class LitmineCli implements Runnable {
    /** Exit codes of the contract: 0 ok, 1 some inputs failed (others processed), 2 usage error. */
    public static final int OK = 0;
    public static final int SOME_FAILED = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a command is required (ingest, search, export, papers, serve, demo, tag, lexicon, model)");
    }

    public static void main(String[] args) {
        int code;
        try {
            code = commandLine().execute(args);
        } catch (Throwable t) {
            // An Error escapes picocli's handlers (a missing class, a runner that cannot start):
            // still one line for the user, the trace in the log at debug level.
            LoggerFactory.getLogger(LitmineCli.class).debug("command failed", t);
            System.err.println("litmine: " + Failure.oneLineOf(t.getClass().getSimpleName() + ": " + t.getMessage())
                    + " (LITMINE_LOG=debug shows the details)");
            code = SOME_FAILED;
        }
        System.exit(code);
    }

    /** The configured command line, shared by {@link #main} and tests. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new LitmineCli());
        // Java 17's default charset follows the locale; papers are full of α, β and en dashes.
        cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler(new UserErrorHandler());
        cli.setParameterExceptionHandler(new UsageErrorHandler());
        return cli;
    }
}
