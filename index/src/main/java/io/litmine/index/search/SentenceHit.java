package io.litmine.index.search;

import io.litmine.corpus.model.Claim;
import java.util.List;
import java.util.Objects;

/**
 * A matching sentence: the sentence, its paper's title, authors, year, journal and ids, its text as HTML ({@code <mark>} around
 * the query's words, {@code <span class="gene|drug" title="NAME">} around its entity mentions, all
 * else HTML-escaped), the references it cites, the claims it makes that pass the search's claim filters
 * (all of them when there are none; zero or more) and how many it makes in all, its BM25 score, and its
 * support (the most distinct papers asserting one of its claims; 0 when the search did not sort by it).
 */
public record SentenceHit(IndexedSentence sentence, PaperMeta paper, String highlight, List<CitedReference> citations,
                          List<Claim> claims, int claimCount, float score, int support) {
    public SentenceHit {
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(highlight, "highlight");
        citations = List.copyOf(citations);
        claims = List.copyOf(claims);
    }

    public String paperTitle() {
        return paper.title();
    }
}
