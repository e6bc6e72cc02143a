package io.litmine.pipeline.cli;

import io.litmine.annotators.model.ModelChoice;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --model DIR} and {@code --no-model}, shared by the commands that tag text ({@code ingest}, {@code tag}). */
final class ModelOptions {

    @Option(names = "--model", paramLabel = "DIR",
            description = "folder with gene/chemical models from litmine model train-genes|train-chemicals "
                    + "(default: ~/.litmine/models if a model was trained there, else the models shipped with litmine)")
    Path model;

    @Option(names = "--no-model", description = "tag with the lexicons only, no learned models")
    boolean noModel;

    @Option(names = "--gene-spans", paramLabel = "names|model", defaultValue = "names",
            description = "a named gene's extent: the lexicon's name (names, default, as the claim guideline marks genes) "
                    + "or the model's boundaries (model, as BC2GM marks them: \"c-Fos protein\")")
    ModelChoice.GeneSpans geneSpans;

    ModelChoice choice() throws UsageException {
        return ModelLocation.resolve(model, noModel).withGeneSpans(geneSpans);
    }
}
