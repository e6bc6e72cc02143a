package io.litmine.index.export;

import io.litmine.corpus.model.Reference;
import java.util.Objects;

/** A reference as one paper's list has it: the citing paper's id and the parsed entry. */
public record CitedWork(String paperId, Reference reference) {
    public CitedWork {
        Objects.requireNonNull(paperId, "paperId");
        Objects.requireNonNull(reference, "reference");
    }
}
