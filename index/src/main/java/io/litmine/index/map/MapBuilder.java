package io.litmine.index.map;

import io.litmine.corpus.model.Claim;
import io.litmine.corpus.model.Relation;
import io.litmine.index.search.EvidenceSearcher;
import io.litmine.index.search.QuerySyntaxException;
import io.litmine.index.search.SearchFilters;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds a {@link MechanismMap} from the claims a search matches, streaming them (memory grows with
 * the distinct genes and assertions, not with the claims). The heat map keeps the {@value #MAX_ROWS}
 * genes with most claims; the graph the {@value #MAX_EDGES} assertions between two entities asserted
 * by most papers. Negated claims count in the heat map (they are claims about the gene) but draw no
 * edge: they deny it. Everything is ordered deterministically, so one index gives one map.
 */
public final class MapBuilder implements EvidenceSearcher.Visitor<Claim> {

    public static final int MAX_ROWS = 25;
    public static final int MAX_EDGES = 60;
    private static final int MAX_EXAMPLES = 3;

    private final MapColumns columns;
    private final Map<String, Map<String, Long>> cells = new HashMap<>();
    private final Map<String, EdgeCounts> edges = new HashMap<>();
    private final Map<String, String> types = new HashMap<>();
    private long claims;

    private MapBuilder(MapColumns columns) {
        this.columns = columns;
    }

    /** The map of the claims matching {@code query} (blank: every claim) and {@code filters}. */
    public static MechanismMap build(EvidenceSearcher searcher, String query, SearchFilters filters, MapColumns columns)
            throws IOException, QuerySyntaxException {
        MapBuilder builder = new MapBuilder(columns);
        searcher.forEachClaim(query, filters, builder);
        return builder.map();
    }

    @Override
    public void visit(Claim claim) {
        claims++;
        String column = columns.of(claim);
        for (String gene : new HashSet<>(claim.genes())) {
            cells.computeIfAbsent(gene, g -> new HashMap<>()).merge(column, 1L, Long::sum);
        }
        claim.genes().forEach(g -> types.putIfAbsent(g, "gene"));
        claim.drugs().forEach(d -> types.putIfAbsent(d, "drug"));
        String source = claim.subjectId();
        String target = claim.objectId();
        if (claim.negated() || source == null || target == null || source.equals(target)) {
            return;
        }
        Relation relation = claim.netRelation();
        edges.computeIfAbsent(source + '\u0000' + relation.name() + '\u0000' + target, k -> new EdgeCounts(source, relation, target))
                .add(claim);
    }

    private MechanismMap map() {
        List<String> rows = cells.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Map<String, Long>>>comparingLong(e -> -total(e.getValue()))
                        .thenComparing(Map.Entry::getKey))
                .limit(MAX_ROWS).map(Map.Entry::getKey).toList();
        List<String> present = rows.stream().flatMap(r -> cells.get(r).keySet().stream()).distinct().toList();
        List<String> cols = allValues().stream().filter(present::contains).toList();
        List<List<Long>> counts = rows.stream()
                .map(r -> cols.stream().map(c -> cells.get(r).getOrDefault(c, 0L)).toList()).toList();

        List<EdgeCounts> top = edges.values().stream()
                .sorted(Comparator.comparingInt((EdgeCounts e) -> -e.papers.size()).thenComparingInt(e -> -e.claims)
                        .thenComparing(e -> e.source).thenComparing(e -> e.relation.name()).thenComparing(e -> e.target))
                .limit(MAX_EDGES).toList();
        Map<String, Integer> nodeClaims = new TreeMap<>();
        List<MechanismMap.Edge> graphEdges = new ArrayList<>();
        for (EdgeCounts e : top) {
            nodeClaims.merge(e.source, e.claims, Integer::sum);
            nodeClaims.merge(e.target, e.claims, Integer::sum);
            graphEdges.add(new MechanismMap.Edge(e.source, e.target, e.relation, sign(e.relation), e.papers.size(), e.claims,
                    e.examples));
        }
        List<MechanismMap.Node> nodes = new ArrayList<>();
        nodeClaims.forEach((id, n) -> nodes.add(new MechanismMap.Node(id, types.getOrDefault(id, "entity"), n)));
        return new MechanismMap(claims, new MechanismMap.Heatmap(columns, rows, cols, counts),
                new MechanismMap.Graph(nodes, graphEdges));
    }

    /** Every value a column can take, in the vocabulary's order (relations, then mechanisms as declared). */
    private List<String> allValues() {
        return switch (columns) {
            case RELATION, NET_RELATION -> java.util.Arrays.stream(Relation.values()).map(Enum::name).toList();
            case MECHANISM -> java.util.Arrays.stream(io.litmine.corpus.model.Mechanism.values()).map(Enum::name).toList();
        };
    }

    private static long total(Map<String, Long> row) {
        return row.values().stream().mapToLong(Long::longValue).sum();
    }

    /** +1 for the activating relations, -1 for the inhibiting ones, 0 for every other. */
    static int sign(Relation relation) {
        return switch (relation) {
            case ACTIVATES, UPREGULATES -> 1;
            case INHIBITS, DOWNREGULATES -> -1;
            default -> 0;
        };
    }

    private static final class EdgeCounts {
        final String source;
        final Relation relation;
        final String target;
        final Set<String> papers = new HashSet<>();
        final List<String> examples = new ArrayList<>();
        int claims;

        EdgeCounts(String source, Relation relation, String target) {
            this.source = source;
            this.relation = relation;
            this.target = target;
        }

        void add(Claim claim) {
            claims++;
            papers.add(claim.paperId());
            if (examples.size() < MAX_EXAMPLES && !examples.contains(claim.sentence())) {
                examples.add(claim.sentence());
            }
        }
    }
}
