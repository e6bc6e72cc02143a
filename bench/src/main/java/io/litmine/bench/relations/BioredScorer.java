package io.litmine.bench.relations;

import io.litmine.bench.eval.Prf;
import io.litmine.corpus.model.AnnotatedPaper;
import io.litmine.corpus.model.Claim;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Scores claims against BioRED with the rules of {@code score_relations.py biored}: per document, an
 * asserted claim links every pair of distinct gold identifiers whose gene/chemical mentions its
 * subject and its object name ({@link ScorerText#names}); the first claim of a pair, in the export's
 * order, gives its polarity. Gold pairs are the relations between two identifiers of gene or chemical
 * mentions. A claim's paper is its document by the stem of its source, as the script maps the papers export.
 */
public final class BioredScorer {

    static final Set<String> KINDS = Set.of("GeneOrGeneProduct", "ChemicalEntity");
    private static final Pattern EXTENSION = Pattern.compile("\\.(pdf|xml|nxml|txt|md|html?|tei\\.xml)$", Pattern.CASE_INSENSITIVE);

    private BioredScorer() {
    }

    /** A gene/chemical mention's text and one of its identifiers. */
    record Surface(String text, String id) {
    }

    public static BioredScore score(BioredCorpus corpus, List<AnnotatedPaper> papers) {
        Map<String, String> kind = new HashMap<>();
        Map<String, Set<Surface>> surfaces = surfaces(corpus, kind);
        Map<String, Map<IdPair, Polarity>> gold = new LinkedHashMap<>();
        for (BioredCorpus.GoldRelation r : corpus.relations()) {
            if (isKind(kind.get(key(r.doc(), r.first()))) && isKind(kind.get(key(r.doc(), r.second()))) && !r.first().equals(r.second())) {
                gold.computeIfAbsent(r.doc(), d -> new LinkedHashMap<>()).put(IdPair.of(r.first(), r.second()), Polarity.ofBiored(r.type()));
            }
        }
        Map<String, String> docOf = new HashMap<>();
        papers.forEach(p -> docOf.put(p.paperId(), stem(p.paper().source())));
        Map<String, Map<IdPair, BioredPair>> pred = new LinkedHashMap<>();
        int unmapped = 0;
        for (Claim c : inExportOrder(papers)) {
            String d = docOf.get(c.paperId());
            if (c.negated() || d == null || !corpus.documents().containsKey(d)) {
                continue;
            }
            Set<Surface> inDoc = surfaces.getOrDefault(d, Set.of());
            Set<String> s = named(inDoc, c.subject());
            Set<String> o = named(inDoc, c.object());
            Set<IdPair> pairs = new LinkedHashSet<>();
            for (String a : s) {
                for (String b : o) {
                    if (!a.equals(b)) {
                        pairs.add(IdPair.of(a, b));
                    }
                }
            }
            if (pairs.isEmpty()) {
                unmapped++;
            }
            Map<IdPair, Polarity> goldDoc = gold.getOrDefault(d, Map.of());
            for (IdPair pr : pairs) {
                pred.computeIfAbsent(d, x -> new LinkedHashMap<>())
                        .putIfAbsent(pr, new BioredPair(d, pr, goldDoc.get(pr), Polarity.of(c), c));
            }
        }
        return tally(corpus, gold, pred, unmapped);
    }

    private static BioredScore tally(BioredCorpus corpus, Map<String, Map<IdPair, Polarity>> gold,
                                     Map<String, Map<IdPair, BioredPair>> pred, int unmapped) {
        int predicted = pred.values().stream().mapToInt(Map::size).sum();
        int golden = gold.values().stream().mapToInt(Map::size).sum();
        List<BioredPair> falsePositives = new ArrayList<>();
        int tp = 0;
        int typed = 0;
        for (Map<IdPair, BioredPair> doc : pred.values()) {
            for (BioredPair p : doc.values()) {
                if (p.gold() == null) {
                    falsePositives.add(p);
                } else {
                    tp++;
                    typed += p.gold() == p.predicted() ? 1 : 0;
                }
            }
        }
        List<BioredPair> misses = new ArrayList<>();
        gold.forEach((d, pairs) -> pairs.forEach((pr, type) -> {
            if (!pred.getOrDefault(d, Map.of()).containsKey(pr)) {
                misses.add(new BioredPair(d, pr, type, null, null));
            }
        }));
        return new BioredScore(corpus.documents().size(), golden, predicted, unmapped,
                new Prf(tp, predicted - tp, golden - tp), new Prf(typed, predicted - typed, golden - typed), misses, falsePositives);
    }

    /** Per document, its gene/chemical surfaces; fills {@code kind} with every identifier's mention type (the last one wins). */
    static Map<String, Set<Surface>> surfaces(BioredCorpus corpus, Map<String, String> kind) {
        Map<String, Set<Surface>> surfaces = new HashMap<>();
        for (BioredCorpus.GoldMention m : corpus.mentions()) {
            for (String part : m.identifier().split(",", -1)) {
                String id = ScorerText.strip(part);
                if (!id.isEmpty() && !id.equals("-")) {
                    kind.put(key(m.doc(), id), m.type());
                    if (KINDS.contains(m.type())) {
                        surfaces.computeIfAbsent(m.doc(), d -> new LinkedHashSet<>()).add(new Surface(m.text(), id));
                    }
                }
            }
        }
        return surfaces;
    }

    /** The gold surfaces of {@code doc} by identifier, for error reports. */
    public static Map<String, Set<String>> surfacesById(BioredCorpus corpus, String doc) {
        Map<String, Set<String>> byId = new LinkedHashMap<>();
        surfaces(corpus, new HashMap<>()).getOrDefault(doc, Set.of())
                .forEach(s -> byId.computeIfAbsent(s.id(), i -> new LinkedHashSet<>()).add(s.text()));
        return byId;
    }

    /** The claims export's order: papers by source then id, each paper's claims by position (stable). */
    static List<Claim> inExportOrder(List<AnnotatedPaper> papers) {
        List<Claim> claims = new ArrayList<>();
        papers.stream().sorted(Comparator.comparing((AnnotatedPaper p) -> p.paper().source()).thenComparing(AnnotatedPaper::paperId))
                .forEach(p -> p.claims().stream().sorted(Comparator.comparingInt(Claim::start)).forEach(claims::add));
        return claims;
    }

    /** {@code evalutil.stem}: the file name without a document extension. */
    static String stem(String source) {
        String base = source.substring(source.lastIndexOf('/') + 1);
        return EXTENSION.matcher(base).replaceFirst("");
    }

    private static Set<String> named(Set<Surface> surfaces, String argument) {
        Set<String> ids = new LinkedHashSet<>();
        for (Surface s : surfaces) {
            if (ScorerText.names(argument, s.text())) {
                ids.add(s.id());
            }
        }
        return ids;
    }

    private static boolean isKind(String type) {
        return type != null && KINDS.contains(type);
    }

    private static String key(String doc, String id) {
        return doc + '\t' + id;
    }
}
