package io.litmine.pipeline.ingest;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One ingest per index at a time. An OS file lock, not a marker file: the operating system releases
 * it when the process dies, even by kill -9, so a crashed ingest never blocks the next one. Holding
 * it also makes it safe to clear staging folders a crashed run left behind.
 */
final class IngestLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private IngestLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static IngestLock acquire(Path lockFile) throws IngestException, IOException {
        Files.createDirectories(lockFile.getParent());
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IngestException("another ingest is writing to " + lockFile.getParent() + "; try again when it ends");
        }
        return new IngestLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
