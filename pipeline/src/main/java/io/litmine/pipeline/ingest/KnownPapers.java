package io.litmine.pipeline.ingest;

import io.litmine.index.search.EvidenceSearcher;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

/** The ids of the papers already indexed: the pipeline skips files whose content hash is among them. */
final class KnownPapers {
    private KnownPapers() {
    }

    static Set<String> ids(Path luceneDir) throws IOException {
        if (!java.nio.file.Files.isDirectory(luceneDir)) {
            return Set.of();
        }
        try (FSDirectory dir = FSDirectory.open(luceneDir)) {
            if (!DirectoryReader.indexExists(dir)) {
                return Set.of();
            }
        }
        try (EvidenceSearcher searcher = EvidenceSearcher.open(luceneDir)) {
            return searcher.paperIds();
        }
    }
}
