package io.litmine.bench.relations;

import io.litmine.annotators.PaperAnnotator;
import io.litmine.corpus.extract.ExtractionException;
import io.litmine.corpus.extract.PaperExtractor;
import io.litmine.corpus.model.AnnotatedPaper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the texts into annotated papers as {@code litmine ingest} does with the files
 * {@code make_relation_input.py} writes: the same bytes through {@link PaperExtractor} (so the paper
 * ids, the cleaned text and the sections are the ingest's), then {@link PaperAnnotator}, in memory.
 */
public final class RelationPapers {

    private RelationPapers() {
    }

    public static List<AnnotatedPaper> annotate(List<RelationText> texts, PaperAnnotator annotator) throws ExtractionException {
        PaperExtractor extractor = new PaperExtractor();
        List<AnnotatedPaper> papers = new ArrayList<>(texts.size());
        for (RelationText t : texts) {
            papers.add(annotator.annotate(extractor.extract(t.fileName(), t.text().getBytes(StandardCharsets.UTF_8))));
        }
        return papers;
    }
}
