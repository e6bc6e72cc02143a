package io.litmine.pipeline.cli;

import java.util.List;
import picocli.CommandLine;

/**
 * A bad flag or argument: one line, with a hint that names the command as typed ("try: litmine lexicon
 * import --help") and, for a mistyped command or option, the nearest ones ("did you mean: search?").
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        String command = cli.getCommandSpec().qualifiedName(" ");
        String message = e.getMessage();
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                message += "; did you mean: " + String.join(", ", suggestions.subList(0, Math.min(3, suggestions.size()))) + "?";
            }
        }
        cli.getErr().println(command + ": " + oneLine(message) + " (try: " + command + " --help)");
        return LitmineCli.USAGE;
    }

    private static String oneLine(String s) {
        return s == null ? "bad arguments" : s.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
