package io.litmine.pipeline.beam;

import io.litmine.corpus.model.AnnotatedPaper;
import io.litmine.index.write.ShardWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.UUID;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PDone;

/**
 * Annotated papers → Lucene shards in the staging folder, one shard per bundle. Workers never share
 * an IndexWriter (Lucene allows one writer per index, and a distributed runner has no shared JVM);
 * the driver merges the committed shards into the index in one commit once the pipeline is done.
 * A bundle that fails before its shard commits leaves an uncommitted folder the merge ignores, and
 * the runner retries the bundle into a fresh shard.
 */
public final class WriteIndexShards extends PTransform<PCollection<AnnotatedPaper>, PDone> {
    private final String stagingDir;

    public WriteIndexShards(String stagingDir) {
        this.stagingDir = stagingDir;
    }

    @Override
    public PDone expand(PCollection<AnnotatedPaper> papers) {
        papers.apply("WriteShardPerBundle", ParDo.of(new ShardFn(stagingDir)));
        return PDone.in(papers.getPipeline());
    }

    static final class ShardFn extends DoFn<AnnotatedPaper, Void> {
        private final String stagingDir;
        private transient ShardWriter writer;

        ShardFn(String stagingDir) {
            this.stagingDir = stagingDir;
        }

        @StartBundle
        public void startBundle() {
            writer = null;
        }

        @ProcessElement
        public void process(@Element AnnotatedPaper paper) throws IOException {
            if (writer == null) {
                writer = new ShardWriter(Path.of(stagingDir).resolve("shard-" + UUID.randomUUID()));
            }
            writer.add(paper);
        }

        @FinishBundle
        public void finishBundle() {
            if (writer == null) {
                return;
            }
            try {
                writer.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot commit index shard", e);
            } finally {
                writer = null;
            }
        }
    }
}
