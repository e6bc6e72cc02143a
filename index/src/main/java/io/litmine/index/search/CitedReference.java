package io.litmine.index.search;

import io.litmine.corpus.model.Claim;
import io.litmine.corpus.model.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A reference a claim cites: its label as printed ("19"), its 1-based position in the paper's
 * reference list, the entry's raw text, and its DOI and PMID as the parsed entry gives them (null when
 * it does not, and in JSON stored before they were kept).
 */
public record CitedReference(String label, int index, String reference, String doi, String pmid) {

    public CitedReference {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(reference, "reference");
    }

    public CitedReference(String label, int index, String reference) {
        this(label, index, reference, null, null);
    }

    public static CitedReference of(Reference reference) {
        return new CitedReference(reference.label(), reference.index(), reference.raw(), reference.doi(), reference.pmid());
    }

    /**
     * The references {@code claim} cites, in the claim's order, looked up by index in its paper's
     * reference list. An index the list does not have (inconsistent input) is left out.
     */
    public static List<CitedReference> resolve(Claim claim, List<Reference> references) {
        return resolve(claim.citations(), references);
    }

    /** The references at these 1-based indexes, in their order; an index the list lacks is left out. */
    public static List<CitedReference> resolve(List<Integer> indexes, List<Reference> references) {
        List<CitedReference> cited = new ArrayList<>(indexes.size());
        for (int index : indexes) {
            references.stream()
                    .filter(r -> r.index() == index)
                    .findFirst()
                    .map(CitedReference::of)
                    .ifPresent(cited::add);
        }
        return cited;
    }
}
