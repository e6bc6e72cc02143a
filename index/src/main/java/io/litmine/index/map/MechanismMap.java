package io.litmine.index.map;

import io.litmine.corpus.model.Relation;
import java.util.List;
import java.util.Objects;

/**
 * An overview of the claims a search matches: a heat map (genes × relations or mechanisms, claim
 * counts) and an assertion graph (entities as nodes, net relations as signed edges weighted by the
 * distinct papers asserting them). {@code claims} is how many claims were counted.
 */
public record MechanismMap(long claims, Heatmap heatmap, Graph graph) {

    public MechanismMap {
        Objects.requireNonNull(heatmap, "heatmap");
        Objects.requireNonNull(graph, "graph");
    }

    /** {@code counts.get(r).get(c)}: claims tagged with gene {@code rows[r]} whose column value is {@code columns[c]}. */
    public record Heatmap(MapColumns dimension, List<String> rows, List<String> columns, List<List<Long>> counts) {
        public Heatmap {
            rows = List.copyOf(rows);
            columns = List.copyOf(columns);
            counts = counts.stream().map(List::copyOf).toList();
        }

        public long count(int row, int column) {
            return counts.get(row).get(column);
        }

        public long max() {
            return counts.stream().flatMap(List::stream).mapToLong(Long::longValue).max().orElse(0);
        }
    }

    public record Graph(List<Node> nodes, List<Edge> edges) {
        public Graph {
            nodes = List.copyOf(nodes);
            edges = List.copyOf(edges);
        }
    }

    /** An entity: its normalised name, "gene" or "drug", and in how many of the graph's claims it takes part. */
    public record Node(String id, String type, int claims) {
    }

    /**
     * What papers assert of {@code source} towards {@code target}: the net relation, its sign (+1 for
     * ACTIVATES/UPREGULATES, -1 for INHIBITS/DOWNREGULATES, 0 otherwise), the distinct papers and the
     * claims, and up to three of the claims' sentences.
     */
    public record Edge(String source, String target, Relation relation, int sign, int papers, int claims,
                       List<String> examples) {
        public Edge {
            examples = List.copyOf(examples);
        }
    }
}
