package io.litmine.index.write;

import java.util.List;

/**
 * A paper found in a shard: enough to de-duplicate it, to delete its older versions, and to tell
 * which work it is ({@code workKeys}, {@code workRank}: {@link WorkIdentity}).
 */
record IncomingPaper(String paperId, String source, int claims, List<String> workKeys, long workRank) {

    IncomingPaper {
        workKeys = workKeys == null ? List.of() : List.copyOf(workKeys);
    }

    IncomingPaper(String paperId, String source, int claims) {
        this(paperId, source, claims, List.of(), 0);
    }
}
