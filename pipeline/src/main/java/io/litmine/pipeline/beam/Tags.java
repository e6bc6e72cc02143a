package io.litmine.pipeline.beam;

import io.litmine.corpus.model.AnnotatedPaper;
import io.litmine.corpus.model.Paper;
import org.apache.beam.sdk.values.TupleTag;

/** Output tags of the multi-output steps: the main output and the dead letters. */
final class Tags {
    static final TupleTag<Paper> PAPERS = new TupleTag<>() { };
    static final TupleTag<AnnotatedPaper> ANNOTATED = new TupleTag<>() { };
    static final TupleTag<Failure> EXTRACT_FAILURES = new TupleTag<>() { };
    static final TupleTag<Failure> ANNOTATE_FAILURES = new TupleTag<>() { };

    private Tags() {
    }
}
