package io.litmine.index.search;

import io.litmine.corpus.model.Paper;
import io.litmine.corpus.model.Publication;
import java.util.List;
import java.util.Objects;

/**
 * Who wrote a paper, when, and where it came from: what a claim-citation table repeats on every
 * row so that a row can be read, sorted and cited without a look-up of its {@code paperId}. Read
 * from a small stored field of the paper document (older indexes: from the paper's JSON).
 * {@code year}, {@code doi}, {@code journal}, {@code pmid} and {@code pmcid} are null when the file did not
 * give them (and the last three in indexes written before they were read).
 */
public record PaperMeta(String paperId, String source, String title, List<String> authors, Integer year, String doi,
                        String journal, String pmid, String pmcid) {

    public PaperMeta {
        Objects.requireNonNull(paperId, "paperId");
        source = source == null ? "" : source;
        title = title == null ? "" : title;
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** Without journal and database ids. */
    public PaperMeta(String paperId, String source, String title, List<String> authors, Integer year, String doi) {
        this(paperId, source, title, authors, year, doi, null, null, null);
    }

    public static PaperMeta of(Paper paper) {
        Publication p = paper.publication();
        return new PaperMeta(paper.paperId(), paper.source(), paper.title(), paper.authors(), paper.year(), paper.doi(),
                p.journal(), p.pmid(), p.pmcid());
    }

    /** A paper the index does not hold (inconsistent input): only its id is known. */
    public static PaperMeta unknown(String paperId) {
        return new PaperMeta(paperId, "", "", List.of(), null, null);
    }

    /** The first author as written ("Nagata Y"), or "" when none is known. */
    public String firstAuthor() {
        return authors.isEmpty() ? "" : authors.get(0);
    }
}
