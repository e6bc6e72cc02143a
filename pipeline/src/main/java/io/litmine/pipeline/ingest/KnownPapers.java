package io.litmine.pipeline.ingest;

import io.litmine.index.search.EvidenceSearcher;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/** The ids of the papers already indexed: the pipeline skips files whose content hash is among them. */
final class KnownPapers {
    private KnownPapers() {
    }

    static Set<String> ids(Path luceneDir) throws IOException {
        if (!io.litmine.index.Indexes.committed(luceneDir)) {
            return Set.of();
        }
        try (EvidenceSearcher searcher = EvidenceSearcher.open(luceneDir)) {
            return searcher.paperIds();
        }
    }
}
