package io.litmine.index.export;

import io.litmine.corpus.model.Reference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One cited work as a reference manager should receive it: the same DOI or PMID cited by several
 * papers (or twice in one list) is one entry, written from the most complete of its parsed entries,
 * with every place that cites it. Works with neither identifier stay one entry per list entry:
 * their raw texts differ between papers' citation styles, and merging on text would join
 * different works.
 */
public record DistinctWork(Reference reference, List<CitedWork> citedBy) {

    public DistinctWork {
        Objects.requireNonNull(reference, "reference");
        citedBy = List.copyOf(citedBy);
        if (citedBy.isEmpty()) {
            throw new IllegalArgumentException("a work is cited at least once");
        }
    }

    /** {@code works} merged by DOI (case-insensitive), else PMID, in order of first citation. */
    public static List<DistinctWork> of(List<CitedWork> works) {
        Map<String, List<CitedWork>> byKey = new LinkedHashMap<>();
        // DOI or PMID -> the key of the work it names: an entry giving both joins the one giving either.
        Map<String, String> keyOf = new HashMap<>();
        for (CitedWork work : works) {
            Reference r = work.reference();
            String doi = blank(r.doi()) ? null : "doi:" + r.doi().strip().toLowerCase(Locale.ROOT);
            String pmid = blank(r.pmid()) ? null : "pmid:" + r.pmid().strip();
            String key = doi != null && keyOf.containsKey(doi) ? keyOf.get(doi)
                    : pmid != null && keyOf.containsKey(pmid) ? keyOf.get(pmid)
                    : doi != null ? doi : pmid != null ? pmid : "entry:" + work.paperId() + "#" + r.index();
            if (doi != null) {
                keyOf.putIfAbsent(doi, key);
            }
            if (pmid != null) {
                keyOf.putIfAbsent(pmid, key);
            }
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(work);
        }
        List<DistinctWork> distinct = new ArrayList<>(byKey.size());
        for (List<CitedWork> cited : byKey.values()) {
            Reference richest = cited.get(0).reference();
            for (CitedWork w : cited) {
                if (completeness(w.reference()) > completeness(richest)) {
                    richest = w.reference();
                }
            }
            distinct.add(new DistinctWork(richest, cited));
        }
        return distinct;
    }

    /** The citing places, {@code paperId#label}, in order. */
    public List<String> places() {
        return citedBy.stream().map(w -> w.paperId() + "#" + w.reference().label()).toList();
    }

    private static long completeness(Reference r) {
        return Stream.of(r.title(), r.container(), r.year(), r.volume(), r.issue(), r.pages(), r.doi(), r.pmid())
                .filter(Objects::nonNull).count() + (r.authors().isEmpty() ? 0 : 1);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
