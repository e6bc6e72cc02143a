package io.litmine.corpus.model;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a paper is published and under which literature-database ids, as far as its file says: the
 * journal's name, the PubMed id (digits) and the PubMed Central id ({@code PMC} and digits). Each is null
 * when unknown; a value that is not of its form is dropped rather than kept wrong.
 */
public record Publication(String journal, String pmid, String pmcid) implements Serializable {

    public static final Publication NONE = new Publication(null, null, null);

    private static final Pattern PMID = Pattern.compile("\\d{1,9}");
    private static final Pattern PMCID = Pattern.compile("PMC\\d{1,9}");

    public Publication {
        journal = journal == null || journal.isBlank() ? null : journal.replaceAll("\\s+", " ").strip();
        pmid = pmid == null ? null : pmid.strip();
        if (pmid != null && !PMID.matcher(pmid).matches()) {
            pmid = null;
        }
        pmcid = pmcid == null ? null : pmcid.strip().toUpperCase(Locale.ROOT);
        if (pmcid != null && pmcid.matches("\\d{1,9}")) {
            pmcid = "PMC" + pmcid;
        }
        if (pmcid != null && !PMCID.matcher(pmcid).matches()) {
            pmcid = null;
        }
    }

    /** This, with each unknown value taken from {@code other}. */
    public Publication orElse(Publication other) {
        return new Publication(journal != null ? journal : other.journal, pmid != null ? pmid : other.pmid,
                pmcid != null ? pmcid : other.pmcid);
    }
}
