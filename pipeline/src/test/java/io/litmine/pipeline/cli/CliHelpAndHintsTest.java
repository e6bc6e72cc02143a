package io.litmine.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command line as a newcomer meets it: {@code --help} on every command, one-line usage errors
 * that name the command as typed, "did you mean" for mistyped commands, options and query words, and
 * a warning for a gene filter that names nothing.
 */
class CliHelpAndHintsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static String index;

    @BeforeAll
    static void writeIndex() throws Exception {
        index = SearchServeExportCliTest.writeIndex(dir);
    }

    /** Every command path of the tree: "search", "lexicon import", "model train-genes", ... */
    private static List<List<String>> commands(CommandLine cli, List<String> prefix) {
        List<List<String>> out = new ArrayList<>();
        cli.getSubcommands().forEach((name, sub) -> {
            if (name.equals("help")) {
                return;
            }
            List<String> path = new ArrayList<>(prefix);
            path.add(name);
            out.add(path);
            out.addAll(commands(sub, path));
        });
        return out;
    }

    @Test
    void everyCommandHasHelp() {
        List<List<String>> all = commands(LitmineCli.commandLine(), List.of());
        assertThat(all).extracting(p -> String.join(" ", p)).contains("search", "lexicon import", "model train-genes");
        for (List<String> path : all) {
            for (String flag : List.of("--help", "-h")) {
                List<String> args = new ArrayList<>(path);
                args.add(flag);
                CliRun run = CliRun.of(args.toArray(String[]::new));
                assertThat(run.exitCode()).as(String.join(" ", args) + ": " + run.err()).isZero();
                assertThat(run.out()).as(String.join(" ", args)).startsWith("Usage: litmine " + String.join(" ", path));
            }
        }
    }

    @Test
    void aUsageErrorIsOneLineThatNamesTheCommandAndAHint() {
        CliRun nested = CliRun.of("lexicon", "import");
        assertThat(nested.exitCode()).isEqualTo(2);
        assertThat(nested.err().lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("litmine lexicon import: Missing required options").endsWith("(try: litmine lexicon import --help)"));

        CliRun option = CliRun.of("search", "--formt", "json", "--index", index);
        assertThat(option.exitCode()).isEqualTo(2);
        assertThat(option.err().lines()).singleElement().satisfies(line -> assertThat(line)
                .contains("Unknown option: '--formt'").contains("did you mean: --format?").endsWith("(try: litmine search --help)"));

        CliRun command = CliRun.of("serach", "PTEN");
        assertThat(command.exitCode()).isEqualTo(2);
        assertThat(command.err().lines()).singleElement().satisfies(line -> assertThat(line).contains("search").contains("did you mean"));

        CliRun value = CliRun.of("search", "--limit", "0", "--index", index);
        assertThat(value.exitCode()).isEqualTo(2);
        assertThat(value.err().lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("litmine search: --limit must be").endsWith("(try: litmine search --help)"));
    }

    @Test
    void aSearchWithNoHitSuggestsTheNearestIndexedWords() throws Exception {
        CliRun text = CliRun.of("search", "Trastuzumb", "--index", index);
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).startsWith("0 sentence(s) match").contains("did you mean: trastuzumab (for Trastuzumb)?");
        JsonNode json = JSON.readTree(CliRun.of("search", "Trastuzumb", "--index", index, "--format", "json").out());
        assertThat(json.get("total").asInt()).isZero();
        assertThat(json.get("suggestions").get("Trastuzumb").get(0).asText()).isEqualTo("trastuzumab");
        // A hit: no suggestion, and the JSON keeps its keys.
        assertThat(JSON.readTree(CliRun.of("search", "Trastuzumab", "--index", index, "--format", "json").out())
                .has("suggestions")).isFalse();
        // A word the index holds is never "corrected".
        assertThat(CliRun.of("search", "fails AND Trastuzumb", "--index", index).out()).doesNotContain("fails (for");
    }

    @Test
    void aGeneFilterThatNamesNothingIsWarnedAbout() {
        CliRun unknown = CliRun.of("search", "--gene", "PTNE", "--index", index);
        assertThat(unknown.exitCode()).isZero();
        assertThat(unknown.err().lines()).singleElement().satisfies(line -> assertThat(line)
                .isEqualTo("litmine search: warning: --gene PTNE names no gene the lexicon or the index knows; did you mean: PTEN?"));
        // A synonym the lexicon knows is no cause for a warning, whether claims have it or not.
        assertThat(CliRun.of("search", "--gene", "HER2", "--index", index).err()).isEmpty();
        assertThat(CliRun.of("search", "--gene", "CDK4", "--index", index).err()).isEmpty();
        assertThat(CliRun.of("export", "--what", "claims", "--format", "csv", "--drug", "NOTADRUG123", "--index", index).err())
                .contains("litmine export: warning: --drug NOTADRUG123 names no drug");
    }
}
