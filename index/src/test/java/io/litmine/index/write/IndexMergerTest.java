package io.litmine.index.write;

import static io.litmine.index.IndexFixtures.shard;
import static org.assertj.core.api.Assertions.assertThat;

import io.litmine.corpus.model.AnnotatedPaper;
import io.litmine.corpus.model.Claim;
import io.litmine.index.Fixtures;
import io.litmine.index.schema.Fields;
import io.litmine.index.search.EvidenceSearcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexMergerTest {

    @TempDir
    Path tmp;

    private Path index() {
        return tmp.resolve("index");
    }

    /** Counts live docs of a type, straight from Lucene, so no reader code of ours can hide a duplicate. */
    private long count(String type) throws IOException {
        try (Directory dir = FSDirectory.open(index()); DirectoryReader reader = DirectoryReader.open(dir)) {
            return new IndexSearcher(reader).count(new TermQuery(new Term(Fields.TYPE, type)));
        }
    }

    private long commitGeneration() throws IOException {
        try (Directory dir = FSDirectory.open(index())) {
            return SegmentInfos.getLastCommitGeneration(dir);
        }
    }

    private List<String> indexedClaimIds() throws Exception {
        try (EvidenceSearcher searcher = EvidenceSearcher.open(index())) {
            return searcher.claims(null).stream().map(Claim::claimId).toList();
        }
    }

    @Test
    void mergingTheSamePaperAgainLeavesOneCopy() throws Exception {
        AnnotatedPaper a = Fixtures.paperA();

        MergeSummary first = IndexMerger.merge(index(), List.of(shard(tmp.resolve("s1"), a)));
        MergeSummary second = IndexMerger.merge(index(), List.of(shard(tmp.resolve("s2"), a)));

        assertThat(first).isEqualTo(new MergeSummary(1, 0, 4));
        assertThat(second).isEqualTo(new MergeSummary(0, 1, 4));
        assertThat(count(Fields.TYPE_PAPER)).isEqualTo(1);
        assertThat(count(Fields.TYPE_CLAIM)).isEqualTo(4);
        assertThat(indexedClaimIds()).containsExactly("A1-c0", "A1-c1", "A1-c2", "A1-c3");
    }

    @Test
    void aChangedFileReplacesItsOldVersionAndAllItsClaims() throws Exception {
        IndexMerger.merge(index(), List.of(shard(tmp.resolve("s1"), Fixtures.paperA(), Fixtures.paperB())));
        IndexMerger.merge(index(), List.of(shard(tmp.resolve("s2"), Fixtures.paperA())));
        AnnotatedPaper changed = Fixtures.paperA("A2");

        MergeSummary summary = IndexMerger.merge(index(), List.of(shard(tmp.resolve("s3"), changed)));

        assertThat(summary).isEqualTo(new MergeSummary(0, 1, 4));
        assertThat(count(Fields.TYPE_PAPER)).isEqualTo(2);
        assertThat(count(Fields.TYPE_CLAIM)).isEqualTo(6);
        assertThat(indexedClaimIds()).containsExactly("B1-c0", "B1-c1", "A2-c0", "A2-c1", "A2-c2", "A2-c3");
        try (EvidenceSearcher searcher = EvidenceSearcher.open(index())) {
            assertThat(searcher.containsPaper("A1")).isFalse();
            assertThat(searcher.containsPaper("A2")).isTrue();
            assertThat(searcher.papers()).containsExactly(Fixtures.paperB(), changed);
        }
    }

    @Test
    void theSamePaperInTwoShardsIsAddedOnce() throws Exception {
        Path s1 = shard(tmp.resolve("s1"), Fixtures.paperA(), Fixtures.paperB());
        Path s2 = shard(tmp.resolve("s2"), Fixtures.paperA());

        MergeSummary summary = IndexMerger.merge(index(), List.of(s1, s2));

        assertThat(summary).isEqualTo(new MergeSummary(2, 0, 6));
        assertThat(count(Fields.TYPE_PAPER)).isEqualTo(2);
        assertThat(count(Fields.TYPE_CLAIM)).isEqualTo(6);
    }

    @Test
    void twoVersionsOfOneSourceInOneMergeKeepTheLastShards() throws Exception {
        Path s1 = shard(tmp.resolve("s1"), Fixtures.paperA("A1"));
        Path s2 = shard(tmp.resolve("s2"), Fixtures.paperA("A2"));

        IndexMerger.merge(index(), List.of(s1, s2));

        assertThat(indexedClaimIds()).containsExactly("A2-c0", "A2-c1", "A2-c2", "A2-c3");
    }

    @Test
    void aShardKeepsOneVersionPerPaper() throws Exception {
        Path s1 = shard(tmp.resolve("s1"), Fixtures.paperA("A1"), Fixtures.paperA("A1"), Fixtures.paperA("A2"));

        IndexMerger.merge(index(), List.of(s1));

        assertThat(count(Fields.TYPE_PAPER)).isEqualTo(1);
        assertThat(indexedClaimIds()).containsExactly("A2-c0", "A2-c1", "A2-c2", "A2-c3");
    }

    @Test
    void eachMergeIsExactlyOneCommit() throws Exception {
        IndexMerger.merge(index(), List.of(shard(tmp.resolve("s1"), Fixtures.paperA())));
        long before = commitGeneration();

        IndexMerger.merge(index(), List.of(shard(tmp.resolve("s2"), Fixtures.paperA("A2")),
                shard(tmp.resolve("s3"), Fixtures.paperB())));

        assertThat(commitGeneration()).isEqualTo(before + 1);
    }

    @Test
    void mergedShardsAreDeletedAndUncommittedOnesLeftAlone() throws Exception {
        Path merged = shard(tmp.resolve("s1"), Fixtures.paperA());
        Path crashed = Files.createDirectories(tmp.resolve("s2"));

        MergeSummary summary = IndexMerger.merge(index(), List.of(merged, crashed));

        assertThat(summary.papersMerged()).isEqualTo(1);
        assertThat(merged).doesNotExist();
        assertThat(crashed).isDirectory();
    }

    @Test
    void containsPaperAnswersWithOrWithoutAnIndex() throws Exception {
        assertThat(IndexMerger.containsPaper(index(), "A1")).isFalse();

        IndexMerger.merge(index(), List.of(shard(tmp.resolve("s1"), Fixtures.paperA())));

        assertThat(IndexMerger.containsPaper(index(), "A1")).isTrue();
        assertThat(IndexMerger.containsPaper(index(), "A1-c0")).isFalse();
        assertThat(IndexMerger.containsPaper(index(), "B1")).isFalse();
    }

    @Test
    void mergingNoShardsStillLeavesAnOpenableIndex() throws Exception {
        assertThat(IndexMerger.merge(index(), List.of())).isEqualTo(MergeSummary.EMPTY);
        try (EvidenceSearcher searcher = EvidenceSearcher.open(index()); Stream<Path> files = Files.list(index())) {
            assertThat(searcher.paperCount()).isZero();
            assertThat(files).isNotEmpty();
        }
    }
}
