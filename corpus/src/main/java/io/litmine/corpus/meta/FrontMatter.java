package io.litmine.corpus.meta;

import io.litmine.corpus.model.Publication;
import java.util.List;
import java.util.Objects;

/**
 * A paper's bibliographic front matter as far as the file tells it: title (never null, may be empty),
 * authors as printed ("Ross Barnett"; empty when unknown), publication year and DOI (null when unknown),
 * journal, PMID and PMCID ({@link Publication}).
 */
public record FrontMatter(String title, List<String> authors, Integer year, String doi, Publication publication) {

    public FrontMatter {
        Objects.requireNonNull(title, "title");
        authors = authors == null ? List.of() : List.copyOf(authors);
        publication = publication == null ? Publication.NONE : publication;
    }

    public FrontMatter(String title, List<String> authors, Integer year, String doi) {
        this(title, authors, year, doi, Publication.NONE);
    }
}
