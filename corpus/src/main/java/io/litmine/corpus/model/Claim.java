package io.litmine.corpus.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A mechanism claim made by one sentence of a paper. Subject and object are the text as written;
 * their ids are the normalised names of the mentions they are (null for a process such as
 * "apoptosis"). {@code genes}/{@code drugs} are the normalised names of every entity in the sentence;
 * {@code citations} are the 1-based indexes of the references the sentence cites, and
 * {@code unresolved} the callout labels that matched no reference.
 */
public record Claim(
        String claimId,
        String paperId,
        String section,
        String sentence,
        int start,
        int end,
        String subject,
        String subjectId,
        Relation relation,
        String object,
        String objectId,
        boolean negated,
        boolean hedged,
        Evidence evidence,
        Mechanism mechanism,
        List<String> genes,
        List<String> drugs,
        List<Integer> citations,
        List<String> unresolved) implements Serializable {

    public Claim {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(paperId, "paperId");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(mechanism, "mechanism");
        new Span(start, end);
        genes = List.copyOf(genes);
        drugs = List.copyOf(drugs);
        citations = List.copyOf(citations);
        unresolved = List.copyOf(unresolved);
    }
}
