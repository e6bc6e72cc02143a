package io.litmine.index.write;

import io.litmine.index.schema.EvidenceAnalyzer;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;

/** The one IndexWriterConfig of the evidence index, so shards and the main index always agree. */
final class IndexWriters {

    private IndexWriters() {
    }

    static IndexWriterConfig config(OpenMode mode) {
        IndexWriterConfig config = new IndexWriterConfig(EvidenceAnalyzer.forIndexing());
        config.setOpenMode(mode);
        // Commits happen only where we say so: an exception between a delete and its matching add
        // must never be committed by a close() in a finally block.
        config.setCommitOnClose(false);
        return config;
    }
}
