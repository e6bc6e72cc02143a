package io.litmine.pipeline.cli;

import io.litmine.index.search.EvidenceSearcher;
import io.litmine.index.search.MissingIndexException;
import io.litmine.pipeline.ingest.IndexLayout;
import java.io.IOException;

/** Opens an index for reading, with a message that names the folder the user gave. */
final class Searchers {
    private Searchers() {
    }

    static EvidenceSearcher open(IndexLayout layout) throws IOException, UsageException {
        try {
            return EvidenceSearcher.open(layout.lucene());
        } catch (MissingIndexException e) {
            throw new UsageException("no litmine index at " + layout.root() + " (run: litmine ingest PATH... --index "
                    + layout.root() + ")");
        }
    }
}
