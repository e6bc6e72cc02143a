package io.litmine.index.export;

import io.litmine.corpus.model.Claim;
import io.litmine.index.search.CitedReference;
import io.litmine.index.search.PaperMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One row of the claim-citation table: a claim, the references it cites, and the paper it is from. */
public record ClaimRow(Claim claim, List<CitedReference> citations, PaperMeta paper) {

    public ClaimRow {
        Objects.requireNonNull(claim, "claim");
        citations = List.copyOf(citations);
        paper = paper == null ? PaperMeta.unknown(claim.paperId()) : paper;
    }

    /**
     * The rows of {@code --per-citation}: one per cited reference, each citing that reference
     * alone; a claim that cites nothing keeps its one row (with no citation), so no claim is lost.
     */
    public List<ClaimRow> perCitation() {
        if (citations.size() <= 1) {
            return List.of(this);
        }
        List<ClaimRow> rows = new ArrayList<>(citations.size());
        for (CitedReference cited : citations) {
            rows.add(new ClaimRow(claim, List.of(cited), paper));
        }
        return rows;
    }
}
