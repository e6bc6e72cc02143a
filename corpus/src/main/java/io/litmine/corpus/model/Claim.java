package io.litmine.corpus.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A mechanism claim made by one sentence of a paper. Subject and object are the text as written;
 * their ids are the normalised names of the mentions they are (null for a process such as
 * "apoptosis"). {@code genes}/{@code drugs} are the normalised names of every entity in the sentence;
 * {@code citations} are the 1-based indexes of the references the sentence cites, and
 * {@code unresolved} the callout labels that matched no reference. {@code supportedCitations} is
 * the subset of {@code citations} whose reference title names one of the claim's entities or a
 * synonym (computed at annotation time, where the lexicon is; see {@link #citationCheck()}).
 * {@code subjectState}/{@code objectState} say what the sentence does to each argument's entity
 * ("loss of PTEN": LOSS); {@code relation} is recorded as written, and {@link #netRelation()} is
 * what the claim asserts about the subject entity itself.
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
        List<String> unresolved,
        List<Integer> supportedCitations,
        ArgumentState subjectState,
        ArgumentState objectState) implements Serializable {

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
        // Null when read from JSON written before the citation check existed: nothing known to support.
        supportedCitations = supportedCitations == null ? List.of() : List.copyOf(supportedCitations);
        // Null when read from JSON written before argument states existed: the entity itself.
        subjectState = subjectState == null ? ArgumentState.NONE : subjectState;
        objectState = objectState == null ? ArgumentState.NONE : objectState;
    }

    /** The relation with the subject's state applied: "PTEN loss ACTIVATES PI3K" asserts PTEN INHIBITS PI3K. */
    public Relation netRelation() {
        return relation.net(subjectState);
    }

    /** Whether the cited references' titles back the claim: none cited, all title-supported, or not. */
    public CitationCheck citationCheck() {
        if (citations.isEmpty()) {
            return CitationCheck.NONE;
        }
        return supportedCitations.containsAll(citations) ? CitationCheck.TITLE_SUPPORTED : CitationCheck.UNVERIFIED;
    }

    /** Whether the reference at {@code index} (1-based) has a title naming one of the claim's entities. */
    public boolean citationSupported(int index) {
        return supportedCitations.contains(index);
    }
}
