package io.litmine.pipeline.cli;

import io.litmine.annotators.AnnotatorConfig;
import io.litmine.annotators.tag.DocumentReader;
import io.litmine.annotators.tag.EntityTagger;
import io.litmine.annotators.tag.InputFormat;
import io.litmine.annotators.tag.TextDocument;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "tag", description = "Tag genes and drugs in text read from standard input (no index): "
        + "PubTator (ID|t|title, ID|a|abstract) or ID<TAB>text lines in; PubTator or JSON lines out.")
final class TagCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--input-format", defaultValue = "pubtator", description = "pubtator or lines (default: ${DEFAULT-VALUE})")
    InputFormat inputFormat;

    @Option(names = "--format", defaultValue = "pubtator", description = "pubtator or jsonl (default: ${DEFAULT-VALUE})")
    TagOutput format;

    @Option(names = "--lexicon", paramLabel = "DIR",
            description = "gene/drug lexicon folder (default: ~/.litmine/lexicon if imported, else the built-in one)")
    Path lexicon;

    @CommandLine.Mixin
    ModelOptions models = new ModelOptions();

    @Override
    public Integer call() throws UsageException {
        EntityTagger tagger = new EntityTagger(new AnnotatorConfig(LexiconLocation.resolve(lexicon), models.choice()));
        PrintWriter out = spec.commandLine().getOut();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        DocumentReader documents = new DocumentReader(in, inputFormat);
        while (documents.hasNext()) {
            TextDocument doc = documents.next();
            format.write(out, doc, tagger.tag(doc.text()));
        }
        out.flush();
        return LitmineCli.OK;
    }
}
