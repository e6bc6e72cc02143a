package io.litmine.pipeline.cli;

import io.litmine.pipeline.ingest.IndexLayout;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --index DIR}, shared by every command that reads or writes an index. */
final class IndexOption {
    @Option(names = "--index", paramLabel = "DIR", description = "index folder (default: ${DEFAULT-VALUE})",
            defaultValue = "litmine-index")
    Path root;

    IndexLayout layout() {
        return new IndexLayout(root);
    }
}
