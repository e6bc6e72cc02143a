package io.litmine.pipeline.ingest;

import java.nio.file.Path;

/**
 * What lives in an index directory. The Lucene index sits in its own sub-folder so that Lucene's
 * file bookkeeping never meets our other files: the failure log, the staging area where workers
 * write shards before the merge, and the lexicon and gene model the index was built with.
 */
public record IndexLayout(Path root) {
    public static final Path DEFAULT_ROOT = Path.of("litmine-index");

    public IndexLayout {
        root = root.toAbsolutePath().normalize();
    }

    public Path lucene() {
        return root.resolve("lucene");
    }

    public Path staging() {
        return root.resolve("staging");
    }

    /** A copy of the gene/drug lexicon ({@code genes.tsv}, {@code drugs.tsv}) of the latest ingest. */
    public Path lexicon() {
        return root.resolve("lexicon");
    }

    /** A copy of the gene model of the latest ingest; absent when it tagged with the dictionary only. */
    public Path model() {
        return root.resolve("model");
    }

    public Path failures() {
        return root.resolve("failures.jsonl");
    }

    /** Held (an OS file lock) by the one ingest that may write this index at a time. */
    public Path ingestLock() {
        return root.resolve("ingest.lock");
    }
}
