package io.litmine.index.search;

import java.io.IOException;
import java.nio.file.Path;

/** There is no evidence index in the given directory; the message is one line, fit to show the user. */
public class MissingIndexException extends IOException {

    private final Path indexDir;

    public MissingIndexException(Path indexDir) {
        super("no litmine index at " + indexDir);
        this.indexDir = indexDir;
    }

    public Path indexDir() {
        return indexDir;
    }
}
