package io.litmine.corpus.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/** A paper with everything the annotators found in its body: sentences, mentions, callouts, claims. */
public record AnnotatedPaper(
        Paper paper,
        List<Sentence> sentences,
        List<Mention> mentions,
        List<Citation> citations,
        List<Claim> claims) implements Serializable {

    public AnnotatedPaper {
        Objects.requireNonNull(paper, "paper");
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        citations = List.copyOf(citations);
        claims = List.copyOf(claims);
    }

    public String paperId() {
        return paper.paperId();
    }

    /** Callout labels, over all callouts, that matched no reference (each label once). */
    public List<String> unresolvedLabels() {
        return citations.stream().flatMap(c -> c.unresolved().stream()).distinct().toList();
    }
}
