package io.litmine.index.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.litmine.corpus.model.Relation;
import io.litmine.index.Fixtures;
import io.litmine.index.IndexFixtures;
import io.litmine.index.search.EvidenceSearcher;
import io.litmine.index.search.SearchFilters;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * The mechanism map: heat-map counts are the claims a gene + column filter finds, edges go by the net
 * relation and count distinct papers, negated claims draw no edge; SVG, PNG and HTML are well formed
 * and one index always draws the same.
 */
class MechanismMapTest {

    @TempDir
    static Path tmp;

    static Path index;

    @BeforeAll
    static void build() throws Exception {
        index = tmp.resolve("index");
        IndexFixtures.index(index, tmp.resolve("shard"), Fixtures.paperA(), Fixtures.paperB());
    }

    private static MechanismMap map(String query, SearchFilters filters, MapColumns columns) throws Exception {
        try (EvidenceSearcher searcher = EvidenceSearcher.open(index)) {
            return MapBuilder.build(searcher, query, filters, columns);
        }
    }

    @Test
    void aCellCountsWhatTheSameGeneAndColumnFilterFind() throws Exception {
        MechanismMap map = map("", SearchFilters.NONE, MapColumns.MECHANISM);
        assertThat(map.claims()).isEqualTo(6);
        MechanismMap.Heatmap h = map.heatmap();
        // PTEN is in 3 claims (two of paper A, one of paper B): first row.
        assertThat(h.rows().get(0)).isEqualTo("PTEN");
        assertThat(h.columns()).containsExactly("HER2_ACCESS", "DOWNSTREAM_ACTIVATION", "ALTERNATIVE_SIGNALLING", "ANGIOGENESIS", "OTHER");
        try (EvidenceSearcher searcher = EvidenceSearcher.open(index)) {
            for (int r = 0; r < h.rows().size(); r++) {
                for (int c = 0; c < h.columns().size(); c++) {
                    SearchFilters cell = SearchFilters.NONE.withGenes(List.of(h.rows().get(r)))
                            .withMechanisms(List.of(io.litmine.corpus.model.Mechanism.valueOf(h.columns().get(c))));
                    assertThat(h.count(r, c)).as(h.rows().get(r) + " × " + h.columns().get(c))
                            .isEqualTo(searcher.claims(null, cell).size());
                }
            }
        }
    }

    @Test
    void edgesGoByTheNetRelationAndNegatedClaimsDrawNone() throws Exception {
        MechanismMap.Graph graph = map("", SearchFilters.NONE, MapColumns.RELATION).graph();
        // "Loss of PTEN … causes trastuzumab resistance" asserts PTEN RESTORES_SENSITIVITY trastuzumab.
        assertThat(graph.edges()).anySatisfy(e -> {
            assertThat(e.source()).isEqualTo("PTEN");
            assertThat(e.target()).isEqualTo("trastuzumab");
            assertThat(e.relation()).isEqualTo(Relation.RESTORES_SENSITIVITY);
            assertThat(e.papers()).isEqualTo(1);
            assertThat(e.examples()).singleElement().asString().startsWith("Loss of PTEN activates");
        });
        assertThat(graph.edges()).anySatisfy(e -> {
            assertThat(e.source() + " " + e.relation() + " " + e.target()).isEqualTo("MUC4 MASKS ERBB2");
            assertThat(e.sign()).isZero();
        });
        // "PTEN status does not bind bevacizumab response": negated, no edge.
        assertThat(graph.edges()).noneMatch(e -> e.target().equals("bevacizumab"));
        assertThat(graph.nodes()).extracting(MechanismMap.Node::id).contains("PTEN", "trastuzumab", "MUC4", "ERBB2")
                .doesNotContain("bevacizumab");
        assertThat(graph.nodes()).filteredOn(n -> n.id().equals("trastuzumab")).singleElement()
                .satisfies(n -> assertThat(n.type()).isEqualTo("drug"));
        // A search narrows the map.
        assertThat(map("MUC4", SearchFilters.NONE, MapColumns.RELATION).graph().edges()).singleElement()
                .satisfies(e -> assertThat(e.source()).isEqualTo("MUC4"));
    }

    @Test
    void svgPngAndHtmlAreWellFormedAndTheSameEveryTime() throws Exception {
        MechanismMap map = map("", SearchFilters.NONE, MapColumns.NET_RELATION);
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        MapRenderer.svg(map, svg);
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = xml.newDocumentBuilder().parse(new ByteArrayInputStream(svg.toByteArray()));
        assertThat(doc.getDocumentElement().getLocalName() == null ? doc.getDocumentElement().getTagName()
                : doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        String text = svg.toString(StandardCharsets.UTF_8);
        assertThat(text).contains(">PTEN<").contains(">RESTORES_SENSITIVITY<").contains(">trastuzumab<");
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        MapRenderer.svg(map, again);
        assertThat(again.toByteArray()).isEqualTo(svg.toByteArray());

        ByteArrayOutputStream png = new ByteArrayOutputStream();
        MapRenderer.png(map, png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
        MapPainter painter = new MapPainter(map);
        assertThat(image.getWidth()).isEqualTo(painter.width());
        assertThat(image.getHeight()).isEqualTo(painter.height());

        ByteArrayOutputStream html = new ByteArrayOutputStream();
        MapRenderer.html(map, html);
        String page = html.toString(StandardCharsets.UTF_8);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("function drawMap(").contains("\"RESTORES_SENSITIVITY\"")
                .doesNotContain("/*D3*/").doesNotContain("/*MAP_DATA*/");
        // Only the page's own script elements close: the data and the libraries cannot end one early.
        assertThat(page.split("</script>", -1)).hasSize(5);
    }
}
