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
        List<Integer> supportedCitations) implements Serializable {

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
    }

    /** The claim as first defined, before the citation check: no citation known to be supported. */
    public Claim(String claimId, String paperId, String section, String sentence, int start, int end,
                 String subject, String subjectId, Relation relation, String object, String objectId,
                 boolean negated, boolean hedged, Evidence evidence, Mechanism mechanism,
                 List<String> genes, List<String> drugs, List<Integer> citations, List<String> unresolved) {
        this(claimId, paperId, section, sentence, start, end, subject, subjectId, relation, object, objectId,
                negated, hedged, evidence, mechanism, genes, drugs, citations, unresolved, List.of());
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
