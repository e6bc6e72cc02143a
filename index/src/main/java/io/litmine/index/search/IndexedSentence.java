package io.litmine.index.search;

import io.litmine.corpus.model.Mention;
import java.util.List;
import java.util.Objects;

/**
 * One sentence of a paper as the sentence index keeps it: its id ({@code paperId#index}), section,
 * text and span in the paper, the normalised names of its genes and drugs (those of its mentions, and
 * any its claims name), the gene and drug mentions in it (offsets relative to the sentence, so a page
 * can mark them without the paper's text), the 1-based indexes of the references its callouts resolve
 * to, and the callout labels that resolve to none.
 */
public record IndexedSentence(
        String sentenceId,
        String paperId,
        String section,
        String text,
        int start,
        int end,
        List<String> genes,
        List<String> drugs,
        List<Mention> mentions,
        List<Integer> citations,
        List<String> unresolved) {

    public IndexedSentence {
        Objects.requireNonNull(sentenceId, "sentenceId");
        Objects.requireNonNull(paperId, "paperId");
        Objects.requireNonNull(text, "text");
        section = Objects.requireNonNullElse(section, "");
        genes = List.copyOf(Objects.requireNonNullElse(genes, List.of()));
        drugs = List.copyOf(Objects.requireNonNullElse(drugs, List.of()));
        mentions = List.copyOf(Objects.requireNonNullElse(mentions, List.of()));
        citations = List.copyOf(Objects.requireNonNullElse(citations, List.of()));
        unresolved = List.copyOf(Objects.requireNonNullElse(unresolved, List.of()));
    }

    /** The id of sentence {@code index} of paper {@code paperId}. */
    public static String id(String paperId, int index) {
        return paperId + "#" + index;
    }
}
