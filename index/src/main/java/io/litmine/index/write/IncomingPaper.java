package io.litmine.index.write;

/** A paper found in a shard: enough to de-duplicate it and to delete its older versions. */
record IncomingPaper(String paperId, String source, int claims) {
}
