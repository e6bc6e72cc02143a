package io.litmine.index.export;

import io.litmine.corpus.model.Claim;
import io.litmine.index.search.CitedReference;
import io.litmine.index.search.SearchHit;
import java.util.List;
import java.util.Objects;

/** One row of the claim-citation table: a claim and the references it cites. */
public record ClaimRow(Claim claim, List<CitedReference> citations) {

    public ClaimRow {
        Objects.requireNonNull(claim, "claim");
        citations = List.copyOf(citations);
    }

    public static ClaimRow of(SearchHit hit) {
        return new ClaimRow(hit.claim(), hit.citations());
    }
}
