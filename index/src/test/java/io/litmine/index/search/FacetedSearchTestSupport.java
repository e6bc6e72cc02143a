package io.litmine.index.search;

import io.litmine.corpus.model.AnnotatedPaper;
import io.litmine.corpus.model.Evidence;
import io.litmine.corpus.model.Mechanism;
import io.litmine.corpus.model.Relation;
import io.litmine.index.Fixtures;
import java.util.List;

/** Test data shared with the HTTP tests. */
public final class FacetedSearchTestSupport {

    public static final EntityResolver SYNONYMS = FacetedSearchTest.SYNONYMS;

    private FacetedSearchTestSupport() {
    }

    /** A paper that is not in any fixture index until a test adds it. */
    public static AnnotatedPaper latePaper() {
        return Fixtures.paper("L1", "corpus/late.txt", "A late paper", "Results", List.of(), List.of(
                new Fixtures.ClaimSpec("Angiopoietin-2 upregulates vessel sprouting.", "Angiopoietin-2", "ANGPT2",
                        Relation.UPREGULATES, "vessel sprouting", null, false, false, Evidence.IN_VIVO, Mechanism.ANGIOGENESIS,
                        List.of("ANGPT2"), List.of(), List.of(), List.of())));
    }
}
