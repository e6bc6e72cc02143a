package io.litmine.annotators.claim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The citation check: a cited reference supports a claim by title when its title names one of the
 * claim's entities. Names are the lexicon's normalised ones on both sides, so synonyms count; a
 * joined argument (PI3K/AKT, ERBB2/ERBB3) is supported by a title naming any of its members.
 */
final class CitationSupport {

    private final Map<Integer, Set<String>> titleEntities;

    CitationSupport(Map<Integer, Set<String>> titleEntities) {
        this.titleEntities = titleEntities;
    }

    /** The subset of {@code cited} (1-based reference indexes) whose titles name the subject or object. */
    List<Integer> supported(List<Integer> cited, String subjectId, String objectId) {
        List<Integer> out = new ArrayList<>();
        for (int index : cited) {
            Set<String> named = titleEntities.getOrDefault(index, Set.of());
            if (names(named, subjectId) || names(named, objectId)) {
                out.add(index);
            }
        }
        return out;
    }

    private static boolean names(Set<String> named, String id) {
        return id != null && Arrays.stream(id.split("/")).anyMatch(named::contains);
    }
}
