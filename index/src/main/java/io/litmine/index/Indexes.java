package io.litmine.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * What the rest of litmine asks of an index folder without knowing it is Lucene's: is there a committed
 * index here (an index, a shard a worker finished). The one place that question is answered.
 */
public final class Indexes {

    private Indexes() {
    }

    /** Whether {@code dir} is a folder holding a committed index (a worker that died before its commit leaves none). */
    public static boolean committed(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Directory directory = FSDirectory.open(dir)) {
            return DirectoryReader.indexExists(directory);
        }
    }
}
