package io.litmine.index.export;

import io.litmine.corpus.model.AnnotatedPaper;
import io.litmine.index.search.EvidenceSearcher;
import java.io.IOException;
import java.util.List;

/**
 * Papers handed over one at a time (from the index, {@link EvidenceSearcher#forEachPaper}), so an
 * export writes each paper and lets it go instead of holding them all.
 */
@FunctionalInterface
public interface PaperStream {

    void forEach(EvidenceSearcher.Visitor<AnnotatedPaper> visitor) throws IOException;

    static PaperStream of(List<AnnotatedPaper> papers) {
        return visitor -> {
            for (AnnotatedPaper paper : papers) {
                visitor.visit(paper);
            }
        };
    }
}
