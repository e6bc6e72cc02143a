package io.litmine.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.litmine.index.Fixtures;
import io.litmine.index.IndexFixtures;
import io.litmine.index.write.IndexMerger;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Claims with equal scores come in reading order, however the shards were merged. */
class TieOrderTest {
    @TempDir
    Path tmp;

    @Test
    void equalScoresRankTheSameWhateverTheMergeOrder() throws Exception {
        List<String> first = ranking(tmp.resolve("ab"), true);
        List<String> second = ranking(tmp.resolve("ba"), false);
        assertThat(first).isNotEmpty().isEqualTo(second);
    }

    private static List<String> ranking(Path dir, boolean aFirst) throws Exception {
        Path a = IndexFixtures.shard(dir.resolve("shard-a"), Fixtures.paperA());
        Path b = IndexFixtures.shard(dir.resolve("shard-b"), Fixtures.paperB());
        IndexMerger.merge(dir.resolve("index"), aFirst ? List.of(a, b) : List.of(b, a));
        try (EvidenceSearcher searcher = EvidenceSearcher.open(dir.resolve("index"))) {
            // "resistance" occurs once in claims of both papers: scores tie on length norms.
            return searcher.search(SearchRequest.of("PTEN OR resistance OR trastuzumab")).hits().stream()
                    .map(h -> h.claim().claimId() + "@" + h.score()).toList();
        }
    }
}
