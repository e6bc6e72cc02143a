package io.litmine.index.write;

import io.litmine.corpus.files.FileTrees;
import io.litmine.index.schema.Fields;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Folds shards written by {@link ShardWriter} into the main index, replacing older versions.
 *
 * <p>Guarantees, for one call:
 * <ul>
 *   <li><b>One version per paper.</b> Every document (paper or claim) of an older version of an
 *       incoming paper, found by the same paperId or the same source, is deleted. When several
 *       shards hold the same paperId or source, the last shard in {@code shardDirs} wins (as
 *       successive adds in one writer would) and the others' copies are deleted from their shards
 *       first.</li>
 *   <li><b>The deletes never hit the new documents.</b> They are buffered and then applied by
 *       {@link IndexWriter#flush()} before {@code addIndexes} runs, so they resolve against the
 *       existing segments only; the shards' segments arrive afterwards. (Lucene also orders buffered
 *       deletes before later-added segments; the explicit flush states the intent.)</li>
 *   <li><b>One commit.</b> A flush writes segment files but no commit point; only the final
 *       {@code commit()} makes deletes and additions visible together. A crash or exception before
 *       it leaves the index at its last commit (the writer is configured not to commit on close).</li>
 *   <li><b>One paper per work.</b> Copies of one work ({@link WorkIdentity}: DOI, title + first
 *       author + year, or the same body text) among the incoming papers, or an incoming copy of an
 *       indexed paper's work, are folded by {@link SameWorks}: the richer copy stays, the other is kept
 *       as an alias record, in the same commit.</li>
 *   <li>Shard directories are deleted only after that commit.</li>
 * </ul>
 * A single writer at a time is enforced by Lucene's write lock.
 */
public final class IndexMerger {

    private static final Logger LOG = LoggerFactory.getLogger(IndexMerger.class);

    private IndexMerger() {
    }

    public static MergeSummary merge(Path indexDir, List<Path> shardDirs) throws IOException {
        Path index = indexDir.toAbsolutePath().normalize();
        List<Shard> shards = readShards(index, shardDirs);
        Map<String, IncomingPaper> incoming = deduplicate(shards);

        int replaced;
        List<SameWorks.Alias> aliases;
        try (Directory directory = FSDirectory.open(indexDir);
             IndexWriter writer = new IndexWriter(directory, mergingConfig())) {
            Set<String> existing = existing(writer, incoming.values());
            for (IncomingPaper paper : incoming.values()) {
                writer.deleteDocuments(new Term(Fields.PAPER_ID, paper.paperId()), new Term(Fields.SOURCE, paper.source()));
            }
            writer.flush();
            aliases = SameWorks.fold(writer, incoming, shards);
            replaced = (int) incoming.keySet().stream().filter(existing::contains).count();
            addShards(writer, shards);
            // Every shard arrives as its own segment; let the merge policy fold them in before the
            // one commit (serially, so it is done by then: a background merge would be aborted by
            // close). Without this, every ingest adds its bundles' segments for good and each
            // search pays per segment (60 segments made 200k-claim searches several times slower).
            writer.maybeMerge();
            writer.commit();
        }

        long claims = incoming.values().stream().mapToLong(IncomingPaper::claims).sum();
        MergeSummary summary = new MergeSummary(incoming.size() - replaced, replaced, claims, aliases.size());
        LOG.info("merged {} shards into {}: {} papers added, {} replaced, {} claims, {} aliases of the same works",
                shards.size(), indexDir, summary.papersAdded(), summary.papersReplaced(), summary.claimsAdded(), aliases.size());
        for (Shard shard : shards) {
            deleteShardDir(shard.dir());
        }
        return summary;
    }

    /** Whether the index at {@code indexDir} holds the paper {@code paperId} (false if there is no index). */
    public static boolean containsPaper(Path indexDir, String paperId) throws IOException {
        if (!io.litmine.index.Indexes.committed(indexDir)) {
            return false;
        }
        try (Directory directory = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(directory)) {
            return new IndexSearcher(reader).count(paperQuery(paperId)) > 0;
        }
    }

    private static List<Shard> readShards(Path index, List<Path> shardDirs) throws IOException {
        // The same directory twice would be added twice, and de-duplicating it would delete the winner.
        Set<Path> distinct = new LinkedHashSet<>();
        for (Path dir : shardDirs) {
            distinct.add(dir.toAbsolutePath().normalize());
        }
        if (distinct.contains(index)) {
            throw new IllegalArgumentException("the index " + index + " cannot be merged into itself as a shard");
        }
        List<Shard> shards = new ArrayList<>(distinct.size());
        for (Path dir : distinct) {
            if (!Files.isDirectory(dir) || !Shard.exists(dir)) {
                // A worker that failed before committing leaves no index: nothing of it is merged,
                // and the directory is left for inspection.
                LOG.warn("skipping shard {}: no committed index there", dir);
                continue;
            }
            shards.add(Shard.read(dir));
        }
        return shards;
    }

    /**
     * Picks one copy per paperId and per source, the last shard winning, and deletes the other
     * copies from their shards so {@code addIndexes} cannot bring in a duplicate.
     */
    private static Map<String, IncomingPaper> deduplicate(List<Shard> shards) throws IOException {
        Map<String, IncomingPaper> winners = new LinkedHashMap<>();
        Set<String> sources = new HashSet<>();
        for (int i = shards.size() - 1; i >= 0; i--) {
            Shard shard = shards.get(i);
            List<IncomingPaper> losers = new ArrayList<>();
            for (IncomingPaper paper : shard.papers()) {
                if (winners.containsKey(paper.paperId()) || sources.contains(paper.source())) {
                    losers.add(paper);
                } else {
                    winners.put(paper.paperId(), paper);
                    sources.add(paper.source());
                }
            }
            if (!losers.isEmpty()) {
                LOG.info("shard {}: {} papers also in a later shard, dropping these copies", shard.dir(), losers.size());
                shard.delete(losers);
            }
        }
        return winners;
    }

    /** The incoming papers (ids) the index already holds a version of (by paperId or by source). */
    private static Set<String> existing(IndexWriter writer, Iterable<IncomingPaper> papers) throws IOException {
        Set<String> existing = new HashSet<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            for (IncomingPaper paper : papers) {
                Query older = new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PAPER)), Occur.FILTER)
                        .add(new TermQuery(new Term(Fields.PAPER_ID, paper.paperId())), Occur.SHOULD)
                        .add(new TermQuery(new Term(Fields.SOURCE, paper.source())), Occur.SHOULD)
                        .setMinimumNumberShouldMatch(1)
                        .build();
                if (searcher.count(older) > 0) {
                    existing.add(paper.paperId());
                }
            }
        }
        return existing;
    }

    private static void addShards(IndexWriter writer, List<Shard> shards) throws IOException {
        List<Directory> directories = new ArrayList<>(shards.size());
        try {
            for (Shard shard : shards) {
                directories.add(FSDirectory.open(shard.dir()));
            }
            writer.addIndexes(directories.toArray(Directory[]::new));
        } finally {
            IOUtils.close(directories);
        }
    }

    private static Query paperQuery(String paperId) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PAPER)), Occur.FILTER)
                .add(new TermQuery(new Term(Fields.PAPER_ID, paperId)), Occur.FILTER)
                .build();
    }

    private static IndexWriterConfig mergingConfig() {
        IndexWriterConfig config = IndexWriters.config(OpenMode.CREATE_OR_APPEND);
        config.setMergeScheduler(new SerialMergeScheduler());
        return config;
    }

    /** Runs after the commit: a shard left behind is harmless, since merging it again is idempotent. */
    private static void deleteShardDir(Path dir) {
        try {
            FileTrees.delete(dir);
        } catch (IOException e) {
            LOG.warn("merged shard {} could not be deleted; merging it again is harmless", dir, e);
        }
    }
}
