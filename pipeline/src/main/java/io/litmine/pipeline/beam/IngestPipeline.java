package io.litmine.pipeline.beam;

import io.litmine.corpus.extract.ExtractionLimits;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;

/**
 * The ingest pipeline: match files → extract → annotate → write shards, with every failure sent to
 * a dead-letter output. Runner-agnostic: the same graph runs on the DirectRunner or a cluster runner.
 */
public final class IngestPipeline {
    private IngestPipeline() {
    }

    /**
     * @param files          the files to ingest (absolute paths or patterns a Beam file system can match)
     * @param knownPaperIds  ids already in the index: those papers are unchanged and skipped
     */
    public static Pipeline build(IngestOptions options, List<String> files, Set<String> knownPaperIds) {
        Pipeline pipeline = Pipeline.create(options);
        PCollection<FileIO.ReadableFile> matched = pipeline
                .apply("ListInputs", Create.of(files).withCoder(StringUtf8Coder.of()))
                .apply("MatchFiles", FileIO.matchAll())
                .apply("OpenFiles", FileIO.readMatches());

        PCollectionTuple extracted = matched.apply("ExtractText", new ExtractPapers(knownPaperIds,
                new ExtractionLimits(options.getMaxFileBytes(), Duration.ofSeconds(options.getFileTimeoutSeconds()),
                        options.getMaxTextChars())));
        PCollectionTuple annotated = extracted.get(Tags.PAPERS)
                .apply("AnnotatePapers", new AnnotatePapers(options.getLexiconDir(), options.getModels(),
                        options.getMaxSentenceTokens()));
        annotated.get(Tags.ANNOTATED).apply("WriteIndexShards", new WriteIndexShards(options.getStagingDir()));

        PCollectionList.of(extracted.get(Tags.EXTRACT_FAILURES))
                .and(annotated.get(Tags.ANNOTATE_FAILURES))
                .apply("CollectFailures", Flatten.pCollections())
                .apply("WriteFailures", new WriteFailures(options.getStagingDir()));
        return pipeline;
    }
}
