package io.litmine.index;

import io.litmine.corpus.model.AnnotatedPaper;
import io.litmine.index.write.IndexMerger;
import io.litmine.index.write.MergeSummary;
import io.litmine.index.write.ShardWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes papers through a real shard and merge, as the pipeline will. */
public final class IndexFixtures {

    private IndexFixtures() {
    }

    public static Path shard(Path dir, AnnotatedPaper... papers) throws IOException {
        try (ShardWriter writer = new ShardWriter(dir)) {
            for (AnnotatedPaper paper : papers) {
                writer.add(paper);
            }
        }
        return dir;
    }

    public static MergeSummary index(Path indexDir, Path shardDir, AnnotatedPaper... papers) throws IOException {
        return IndexMerger.merge(indexDir, List.of(shard(shardDir, papers)));
    }
}
