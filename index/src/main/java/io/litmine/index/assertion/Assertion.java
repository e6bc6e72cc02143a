package io.litmine.index.assertion;

import io.litmine.corpus.model.Relation;
import java.util.List;
import java.util.Objects;

/**
 * One (subject, relation, object, negated) statement with the evidence for it across papers.
 * {@code relation} is the net relation, what the claims assert about the subject's entity
 * ({@code Claim.netRelation()}), so "loss of PTEN activates PI3K" supports PTEN INHIBITS PI3K;
 * {@code invertedClaims} counts the claims that say so through their subject's loss (their relation as
 * written is the opposite).
 * {@code subjectId}/{@code objectId} are the normalised names (null for a process, which is keyed by
 * its lower-cased text, shown in {@code subject}/{@code object}). {@code papers} counts distinct
 * papers, {@code references} distinct cited references (the same work cited by two papers counts
 * once), {@code claims} the claim records; {@code hedgedClaims} how many of them were hedged.
 */
public record Assertion(
        String subjectId,
        String subject,
        Relation relation,
        String objectId,
        String object,
        boolean negated,
        int papers,
        int references,
        int claims,
        int hedgedClaims,
        List<String> paperIds,
        List<Example> examples,
        int invertedClaims) {

    public Assertion {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(object, "object");
        paperIds = List.copyOf(paperIds);
        examples = List.copyOf(examples);
    }

    /** A claim that makes the assertion: enough to find and read it. */
    public record Example(String claimId, String paperId, String sentence, List<String> citations) {
        public Example {
            citations = List.copyOf(citations);
        }
    }
}
