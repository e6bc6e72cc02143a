package io.litmine.index.write;

import io.litmine.corpus.model.AnnotatedPaper;
import io.litmine.index.schema.Fields;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes papers into a fresh, private Lucene index (a shard). Meant for one worker of a distributed
 * runner: each worker writes its own shard directory, then {@link IndexMerger} folds the shards into
 * the main index. Not thread-safe; one ShardWriter per worker thread.
 *
 * <p>Within a shard a later paper replaces an earlier one with the same paperId or source, exactly
 * as the merge does across shards, so a shard never holds two versions of a paper.
 */
public final class ShardWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ShardWriter.class);

    private final Path shardDir;
    private final Directory directory;
    private final IndexWriter writer;
    private int papers;

    /** Creates a new, empty index in {@code shardDir} (anything already there is discarded). */
    public ShardWriter(Path shardDir) throws IOException {
        this.shardDir = shardDir;
        this.directory = FSDirectory.open(shardDir);
        try {
            this.writer = new IndexWriter(directory, IndexWriters.config(OpenMode.CREATE));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** Adds the paper document and its claim documents, as one atomic block. */
    public void add(AnnotatedPaper paper) throws IOException {
        // A delete is applied only to documents added before it, so the block added next is safe.
        writer.deleteDocuments(new Term(Fields.PAPER_ID, paper.paperId()), new Term(Fields.SOURCE, paper.paper().source()));
        writer.addDocuments(EvidenceDocuments.of(paper));
        papers++;
    }

    /** Commits and closes: only what was committed here is ever seen by the merge. */
    @Override
    public void close() throws IOException {
        try (directory; writer) {
            writer.commit();
            LOG.debug("shard {}: committed {} papers", shardDir, papers);
        }
    }
}
