package io.litmine.pipeline.beam;

import io.litmine.annotators.AnnotatorConfig;
import io.litmine.annotators.model.ModelChoice;
import io.litmine.annotators.PaperAnnotator;
import io.litmine.corpus.model.AnnotatedPaper;
import io.litmine.corpus.model.Paper;
import java.nio.file.Path;
import org.apache.beam.sdk.coders.SerializableCoder;
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
 * Papers → annotated papers with the CoreNLP pipeline (sentences, genes, drugs, callouts, claims).
 * The pipeline is built once per DoFn instance in {@code @Setup}: loading the POS model takes about a
 * second and a few hundred MB, far too much per element.
 */
public final class AnnotatePapers extends PTransform<PCollection<Paper>, PCollectionTuple> {
    private final String lexiconDir;
    private final String models;
    private final int maxSentenceTokens;

    /**
     * @param lexiconDir a folder with genes.tsv/drugs.tsv, or "" for the built-in lexicon
     * @param models which mention models tag ({@link ModelChoice#spec}: builtin, none or a folder)
     */
    public AnnotatePapers(String lexiconDir, String models, int maxSentenceTokens) {
        this.lexiconDir = lexiconDir == null ? "" : lexiconDir;
        this.models = models == null ? ModelChoice.BUILT_IN.spec() : models;
        this.maxSentenceTokens = maxSentenceTokens;
    }

    @Override
    public PCollectionTuple expand(PCollection<Paper> papers) {
        PCollectionTuple out = papers.apply("AnnotateWithCoreNLP",
                ParDo.of(new AnnotateFn(lexiconDir, models, maxSentenceTokens))
                        .withOutputTags(Tags.ANNOTATED, TupleTagList.of(Tags.ANNOTATE_FAILURES)));
        out.get(Tags.ANNOTATED).setCoder(SerializableCoder.of(AnnotatedPaper.class));
        out.get(Tags.ANNOTATE_FAILURES).setCoder(SerializableCoder.of(Failure.class));
        return out;
    }

    static final class AnnotateFn extends DoFn<Paper, AnnotatedPaper> {
        private static final Logger LOG = LoggerFactory.getLogger(AnnotateFn.class);
        private final String lexiconDir;
        private final String models;
        private final int maxSentenceTokens;
        private final Counter papers = IngestCounters.counter(IngestCounters.PAPERS);
        private final Counter failed = IngestCounters.counter(IngestCounters.FAILED);
        private final Counter claims = IngestCounters.counter(IngestCounters.CLAIMS);
        private final Counter citations = IngestCounters.counter(IngestCounters.CITATIONS);
        private final Counter unresolved = IngestCounters.counter(IngestCounters.UNRESOLVED);
        private final Counter mentions = IngestCounters.counter(IngestCounters.MENTIONS);
        private final Counter skippedSentences = IngestCounters.counter(IngestCounters.SKIPPED_SENTENCES);
        private transient PaperAnnotator annotator;

        AnnotateFn(String lexiconDir, String models, int maxSentenceTokens) {
            this.lexiconDir = lexiconDir;
            this.models = models;
            this.maxSentenceTokens = maxSentenceTokens;
        }

        @Setup
        public void setup() {
            annotator = new PaperAnnotator(new AnnotatorConfig(lexiconDir.isEmpty() ? null : Path.of(lexiconDir),
                    ModelChoice.parse(models), maxSentenceTokens));
        }

        @ProcessElement
        public void process(@Element Paper paper, MultiOutputReceiver out) {
            try {
                long skippedBefore = annotator.skippedSentences();
                AnnotatedPaper annotated = annotator.annotate(paper);
                skippedSentences.inc(annotator.skippedSentences() - skippedBefore);
                papers.inc();
                claims.inc(annotated.claims().size());
                citations.inc(annotated.citations().size());
                mentions.inc(annotated.mentions().size());
                unresolved.inc(annotated.citations().stream().filter(c -> !c.unresolved().isEmpty()).count());
                out.get(Tags.ANNOTATED).output(annotated);
            } catch (RuntimeException e) {
                failed.inc();
                LOG.debug("{} failed to annotate", paper.source(), e);
                out.get(Tags.ANNOTATE_FAILURES)
                        .output(new Failure(paper.source(), Failure.Stage.ANNOTATE, Failure.describe(e)));
            }
        }
    }
}
