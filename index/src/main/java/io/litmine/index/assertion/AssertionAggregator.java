package io.litmine.index.assertion;

import io.litmine.corpus.model.ArgumentState;
import io.litmine.corpus.model.Claim;
import io.litmine.corpus.model.Reference;
import io.litmine.corpus.model.Relation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Merges claims into assertions across papers: a scan over claim records grouped by (subject,
 * net relation, object, negated), entities by normalised name so "HER2" in one paper and "ErbB2" in
 * another agree, and relations as asserted about the subject's entity so "loss of PTEN activates
 * PI3K" and "PTEN inhibits PI3K" agree (one assertion, PTEN INHIBITS PI3K). The subject is worded as
 * the first claim with no state on it words it, else by the entity's normalised name. Repeating a
 * claim in several sentences of one paper adds claims, not papers; a reference counts once however
 * many papers cite it, identified by DOI, else PMID, else its title, else its raw text, letters and
 * digits only. Most-supported assertions come first.
 */
public final class AssertionAggregator {

    /** Examples kept per assertion, one per paper first. */
    public static final int MAX_EXAMPLES = 3;

    private AssertionAggregator() {
    }

    private record Key(String subject, Relation relation, String object, boolean negated) {
    }

    /** @param referencesOf a paper's reference list by paper id */
    public static List<Assertion> aggregate(List<Claim> claims, Function<String, List<Reference>> referencesOf) {
        Map<Key, List<Claim>> groups = new LinkedHashMap<>();
        for (Claim c : claims) {
            groups.computeIfAbsent(new Key(key(c.subjectId(), c.subject()), c.netRelation(), key(c.objectId(), c.object()),
                    c.negated()), k -> new ArrayList<>()).add(c);
        }
        Map<String, Map<Integer, String>> referenceKeys = new LinkedHashMap<>();
        List<Assertion> out = new ArrayList<>(groups.size());
        for (List<Claim> group : groups.values()) {
            out.add(assertion(group, paperId -> referenceKeys.computeIfAbsent(paperId, p -> referenceKeys(referencesOf.apply(p)))));
        }
        out.sort(Comparator.comparingInt(Assertion::papers).reversed()
                .thenComparing(Comparator.comparingInt(Assertion::references).reversed())
                .thenComparing(Comparator.comparingInt(Assertion::claims).reversed())
                .thenComparing(a -> key(a.subjectId(), a.subject()))
                .thenComparing(Assertion::relation)
                .thenComparing(a -> key(a.objectId(), a.object()))
                .thenComparing(Assertion::negated));
        return out;
    }

    private static Assertion assertion(List<Claim> group, Function<String, Map<Integer, String>> referenceKeys) {
        Claim first = group.get(0);
        Set<String> papers = new LinkedHashSet<>();
        Set<String> references = new LinkedHashSet<>();
        int hedged = 0;
        int inverted = 0;
        for (Claim c : group) {
            papers.add(c.paperId());
            Map<Integer, String> keys = referenceKeys.apply(c.paperId());
            for (int index : c.citations()) {
                references.add(keys.getOrDefault(index, c.paperId() + "#" + index));
            }
            hedged += c.hedged() ? 1 : 0;
            inverted += c.netRelation() != c.relation() ? 1 : 0;
        }
        return new Assertion(first.subjectId(), subjectText(group), first.netRelation(), first.objectId(), first.object(),
                first.negated(), papers.size(), references.size(), group.size(), hedged, List.copyOf(papers), examples(group),
                inverted);
    }

    /**
     * The subject as the first claim with no state on it words it; else the entity's normalised name,
     * since "loss of PTEN" beside the net relation would say the opposite; else (a process) the text.
     */
    private static String subjectText(List<Claim> group) {
        Claim first = group.get(0);
        return group.stream().filter(c -> c.subjectState() == ArgumentState.NONE).map(Claim::subject).findFirst()
                .orElse(first.subjectId() != null ? first.subjectId() : first.subject());
    }

    /** One example from each paper in turn, so the first examples show the breadth of support. */
    private static List<Assertion.Example> examples(List<Claim> group) {
        List<Assertion.Example> examples = new ArrayList<>();
        Set<String> seenPapers = new LinkedHashSet<>();
        for (int round = 0; round < 2 && examples.size() < MAX_EXAMPLES; round++) {
            for (Claim c : group) {
                boolean newPaper = seenPapers.add(c.paperId());
                boolean taken = examples.stream().anyMatch(e -> e.claimId().equals(c.claimId()));
                if (examples.size() < MAX_EXAMPLES && !taken && (round == 1 || newPaper)) {
                    examples.add(new Assertion.Example(c.claimId(), c.paperId(), c.sentence(),
                            c.citations().stream().map(String::valueOf).toList()));
                }
            }
        }
        return examples;
    }

    private static Map<Integer, String> referenceKeys(List<Reference> references) {
        Map<Integer, String> keys = new LinkedHashMap<>();
        for (Reference r : references) {
            keys.put(r.index(), referenceKey(r));
        }
        return keys;
    }

    static String referenceKey(Reference r) {
        if (r.doi() != null && !r.doi().isBlank()) {
            return "doi:" + r.doi().strip().toLowerCase(Locale.ROOT);
        }
        if (r.pmid() != null && !r.pmid().isBlank()) {
            return "pmid:" + r.pmid().strip();
        }
        if (r.title() != null && !squash(r.title()).isEmpty()) {
            return "title:" + squash(r.title());
        }
        return "raw:" + squash(r.raw());
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static String key(String id, String text) {
        return id != null ? id : text.strip().toLowerCase(Locale.ROOT);
    }
}
