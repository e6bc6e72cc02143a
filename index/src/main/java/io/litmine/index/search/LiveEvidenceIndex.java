package io.litmine.index.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.ReaderManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An index that a long-running reader (the HTTP server) keeps seeing up to date while another
 * process ingests into it. Each {@link #search} first asks the {@link ReaderManager} to refresh
 * (at most once per {@code refreshInterval}; a refresh another thread is already doing is not
 * waited for), so a new commit shows up within that interval without a restart. Readers are
 * reference-counted by the manager: a request keeps its point-in-time view to the end even when a
 * refresh swaps in a newer one. One {@link EvidenceSearcher} is kept per reader (its facet and
 * support caches are per reader) and closed with it. Thread-safe.
 */
public final class LiveEvidenceIndex implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveEvidenceIndex.class);

    /** Work done with a searcher that is valid only during the call. */
    @FunctionalInterface
    public interface SearcherWork<T> {
        T apply(EvidenceSearcher searcher) throws IOException, QuerySyntaxException;
    }

    private final Directory directory;
    private final ReaderManager manager;
    private final EntityResolver resolver;
    private final long refreshNanos;
    private final AtomicLong lastRefresh = new AtomicLong(System.nanoTime());
    private final Map<IndexReader.CacheKey, EvidenceSearcher> searchers = new ConcurrentHashMap<>();

    private LiveEvidenceIndex(Directory directory, ReaderManager manager, EntityResolver resolver, Duration refreshInterval) {
        this.directory = directory;
        this.manager = manager;
        this.resolver = resolver;
        this.refreshNanos = refreshInterval.toNanos();
    }

    /** Opens the index in {@code indexDir}; {@link MissingIndexException} if there is none. */
    public static LiveEvidenceIndex open(Path indexDir, EntityResolver resolver, Duration refreshInterval) throws IOException {
        if (!Files.isDirectory(indexDir)) {
            throw new MissingIndexException(indexDir);
        }
        Directory directory = FSDirectory.open(indexDir);
        try {
            if (!DirectoryReader.indexExists(directory)) {
                throw new MissingIndexException(indexDir);
            }
            return new LiveEvidenceIndex(directory, new ReaderManager(directory), resolver, refreshInterval);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** Runs {@code work} against the newest reader (refreshing first when the interval has passed). */
    public <T> T search(SearcherWork<T> work) throws IOException, QuerySyntaxException {
        maybeRefresh();
        DirectoryReader reader = manager.acquire();
        try {
            return work.apply(searcherFor(reader));
        } finally {
            manager.release(reader);
        }
    }

    /** Checks for a new commit now, waiting for it to be opened (tests, and after an ingest). */
    public void refresh() throws IOException {
        manager.maybeRefreshBlocking();
        lastRefresh.set(System.nanoTime());
    }

    private void maybeRefresh() throws IOException {
        long last = lastRefresh.get();
        long now = System.nanoTime();
        if (now - last >= refreshNanos && lastRefresh.compareAndSet(last, now)) {
            if (manager.maybeRefresh()) {
                LOG.debug("index reader refreshed");
            }
        }
    }

    private EvidenceSearcher searcherFor(DirectoryReader reader) {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        return searchers.computeIfAbsent(helper.getKey(), key -> {
            // Runs once per reader; the listener fires when the manager drops the reader's last reference.
            helper.addClosedListener(closed -> {
                EvidenceSearcher gone = searchers.remove(closed);
                if (gone != null) {
                    gone.close();
                }
            });
            return EvidenceSearcher.over(reader, resolver);
        });
    }

    @Override
    public void close() throws IOException {
        IOUtils.close(manager, directory);
        for (EvidenceSearcher searcher : searchers.values()) {
            searcher.close();
        }
        searchers.clear();
    }
}
