package io.litmine.pipeline.beam;

import io.litmine.corpus.extract.ExtractionException;
import io.litmine.corpus.extract.ExtractionLimits;
import io.litmine.corpus.extract.PaperExtractor;
import io.litmine.corpus.model.Paper;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTagList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files → {@link Paper}s with Tika. Papers whose id (a hash of the file's bytes) is already in the
 * index are dropped here, so re-ingesting an unchanged file costs one read and changes nothing.
 * A file that cannot be read or extracted goes to {@link Tags#EXTRACT_FAILURES} and the batch goes on.
 */
public final class ExtractPapers extends PTransform<PCollection<FileIO.ReadableFile>, PCollectionTuple> {
    private final HashSet<String> knownPaperIds;
    private final ExtractionLimits limits;

    public ExtractPapers(Set<String> knownPaperIds) {
        this(knownPaperIds, ExtractionLimits.defaults());
    }

    public ExtractPapers(Set<String> knownPaperIds, ExtractionLimits limits) {
        this.knownPaperIds = new HashSet<>(knownPaperIds);
        this.limits = limits;
    }

    @Override
    public PCollectionTuple expand(PCollection<FileIO.ReadableFile> files) {
        PCollectionTuple out = files.apply("ExtractWithTika",
                ParDo.of(new ExtractFn(knownPaperIds, limits))
                        .withOutputTags(Tags.PAPERS, TupleTagList.of(Tags.EXTRACT_FAILURES)));
        out.get(Tags.PAPERS).setCoder(SerializableCoder.of(Paper.class));
        out.get(Tags.EXTRACT_FAILURES).setCoder(SerializableCoder.of(Failure.class));
        return out;
    }

    static final class ExtractFn extends DoFn<FileIO.ReadableFile, Paper> {
        private static final Logger LOG = LoggerFactory.getLogger(ExtractFn.class);
        private final HashSet<String> knownPaperIds;
        private final ExtractionLimits limits;
        private final Counter unchanged = IngestCounters.counter(IngestCounters.UNCHANGED);
        private final Counter failed = IngestCounters.counter(IngestCounters.FAILED);
        private transient PaperExtractor extractor;

        ExtractFn(HashSet<String> knownPaperIds, ExtractionLimits limits) {
            this.knownPaperIds = knownPaperIds;
            this.limits = limits;
        }

        @Setup
        public void setup() {
            extractor = new PaperExtractor(limits);
        }

        @ProcessElement
        public void process(@Element FileIO.ReadableFile file, MultiOutputReceiver out) {
            String source = file.getMetadata().resourceId().toString();
            long size = file.getMetadata().sizeBytes();
            if (size > limits.maxBytes()) {
                // Checked before reading: an oversized file must not be pulled into memory.
                fail(out, source, Failure.Stage.READ, PaperExtractor.tooLarge(size, limits), null);
                return;
            }
            byte[] bytes;
            try {
                bytes = file.readFullyAsBytes();
            } catch (IOException | RuntimeException e) {
                fail(out, source, Failure.Stage.READ, "cannot read file: " + Failure.describe(e), e);
                return;
            }
            String paperId = PaperExtractor.paperId(bytes);
            if (knownPaperIds.contains(paperId)) {
                unchanged.inc();
                LOG.debug("{} is unchanged ({}), skipped", source, paperId);
                return;
            }
            try {
                out.get(Tags.PAPERS).output(extractor.extract(source, bytes));
            } catch (ExtractionException e) {
                fail(out, source, Failure.Stage.EXTRACT, e.getMessage(), e);
            } catch (RuntimeException e) {
                // Tika parsers can throw anything on hostile input; one bad file never stops the batch.
                fail(out, source, Failure.Stage.EXTRACT, Failure.describe(e), e);
            }
        }

        private void fail(MultiOutputReceiver out, String source, Failure.Stage stage, String reason, Exception e) {
            failed.inc();
            LOG.debug("{} failed at {}", source, stage, e);
            out.get(Tags.EXTRACT_FAILURES).output(new Failure(source, stage, reason));
        }
    }
}
