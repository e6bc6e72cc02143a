package io.litmine.pipeline.cli;

import picocli.CommandLine;

/** A bad flag or argument: one line and a hint, not the whole usage page. */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        cli.getErr().println("litmine: " + e.getMessage());
        cli.getErr().println("try: litmine " + (cli.getCommandName().equals("litmine") ? "" : cli.getCommandName() + " ")
                + "--help");
        return LitmineCli.USAGE;
    }
}
