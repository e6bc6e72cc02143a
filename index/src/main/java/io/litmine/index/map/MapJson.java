package io.litmine.index.map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.litmine.index.json.EvidenceJson;
import java.util.List;

/**
 * The map as JSON ({@code /api/map}, and the data of {@code litmine map --format html}):
 * {@code {"claims","heatmap":{"dimension","param","rows","columns","counts":[[…]]},
 * "graph":{"nodes":[{"id","type","claims"}],"edges":[{"source","target","relation","sign","papers","claims","examples"}]}}}.
 */
public final class MapJson {

    private MapJson() {
    }

    public static ObjectNode tree(MechanismMap map) {
        ObjectNode body = EvidenceJson.mapper().createObjectNode();
        body.put("claims", map.claims());
        MechanismMap.Heatmap h = map.heatmap();
        ObjectNode heat = body.putObject("heatmap");
        heat.put("dimension", h.dimension().toString());
        heat.put("param", h.dimension().param());
        h.rows().forEach(heat.putArray("rows")::add);
        h.columns().forEach(heat.putArray("columns")::add);
        ArrayNode counts = heat.putArray("counts");
        for (List<Long> row : h.counts()) {
            ArrayNode r = counts.addArray();
            row.forEach(r::add);
        }
        ObjectNode graph = body.putObject("graph");
        ArrayNode nodes = graph.putArray("nodes");
        for (MechanismMap.Node n : map.graph().nodes()) {
            nodes.addObject().put("id", n.id()).put("type", n.type()).put("claims", n.claims());
        }
        ArrayNode edges = graph.putArray("edges");
        for (MechanismMap.Edge e : map.graph().edges()) {
            ObjectNode edge = edges.addObject().put("source", e.source()).put("target", e.target())
                    .put("relation", e.relation().name()).put("sign", e.sign()).put("papers", e.papers()).put("claims", e.claims());
            e.examples().forEach(edge.putArray("examples")::add);
        }
        return body;
    }
}
