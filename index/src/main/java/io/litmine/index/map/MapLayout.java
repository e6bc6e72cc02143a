package io.litmine.index.map;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.LayoutModel2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Places the assertion graph's nodes with JGraphT's Fruchterman–Reingold force-directed layout, seeded,
 * so one map always draws the same.
 */
final class MapLayout {

    private static final int ITERATIONS = 300;
    private static final long SEED = 20261204L;

    private MapLayout() {
    }

    /** Each node's centre inside a {@code width} × {@code height} box. */
    static Map<String, java.awt.geom.Point2D> place(MechanismMap.Graph graph, double width, double height) {
        Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        graph.nodes().forEach(n -> g.addVertex(n.id()));
        for (MechanismMap.Edge e : graph.edges()) {
            if (!e.source().equals(e.target()) && !g.containsEdge(e.source(), e.target())) {
                g.addEdge(e.source(), e.target());
            }
        }
        LayoutModel2D<String> model = new MapLayoutModel2D<>(Box2D.of(width, height));
        if (g.vertexSet().size() > 1) {
            new FRLayoutAlgorithm2D<String, DefaultEdge>(ITERATIONS, FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR,
                    new Random(SEED)).layout(g, model);
        }
        Map<String, java.awt.geom.Point2D> placed = new HashMap<>();
        for (String v : g.vertexSet()) {
            Point2D p = model.get(v);
            placed.put(v, p == null ? new java.awt.geom.Point2D.Double(width / 2, height / 2)
                    : new java.awt.geom.Point2D.Double(p.getX(), p.getY()));
        }
        return placed;
    }
}
