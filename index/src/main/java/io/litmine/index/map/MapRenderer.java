package io.litmine.index.map;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.w3c.dom.Document;

/**
 * Writes a {@link MechanismMap} as SVG (Batik's SVG generator over {@link MapPainter}), PNG (the same
 * painter on an image) or HTML (a page of its own: the vendored d3 and the web page's {@code map.js}
 * inlined with the map's JSON, interactive without a server).
 */
public final class MapRenderer {

    private static final String WEB = "io/litmine/index/http/web/";

    private MapRenderer() {
    }

    public static void svg(MechanismMap map, OutputStream out) throws IOException {
        MapPainter painter = new MapPainter(map);
        Document doc;
        try {
            doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
                    .createDocument("http://www.w3.org/2000/svg", "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML DOM implementation", e);
        }
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(doc);
        context.setComment("litmine mechanism map");
        SVGGraphics2D svg = new SVGGraphics2D(context, false);
        svg.setSVGCanvasSize(new Dimension(painter.width(), painter.height()));
        painter.paint(svg);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        svg.stream(writer, true);
        writer.flush();
    }

    /** PNG; a machine without any font cannot draw text, which is an {@link IOException} saying so. */
    public static void png(MechanismMap map, OutputStream out) throws IOException {
        MapPainter painter = new MapPainter(map);
        BufferedImage image = new BufferedImage(painter.width(), painter.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            painter.paint(g);
        } catch (Error | RuntimeException e) {
            if (e.getClass().getName().contains("Font") || String.valueOf(e.getMessage()).toLowerCase().contains("font")) {
                throw new IOException("cannot draw text: this machine has no fonts (install fontconfig and a font such as "
                        + "fonts-dejavu), or use --format svg", e);
            }
            throw e;
        } finally {
            g.dispose();
        }
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer in this Java runtime");
        }
        out.flush();
    }

    /** A self-contained page: the map drawn by d3 in the browser, sentences of an edge shown on a click. */
    public static void html(MechanismMap map, OutputStream out) throws IOException {
        String page = resource(WEB + "map-page.html")
                .replace("/*D3*/", script(resource(WEB + "vendor/d3.min.js")))
                .replace("/*MAP_JS*/", script(resource(WEB + "map.js")))
                .replace("/*MAP_DATA*/", script(io.litmine.index.json.SearchResultsJson.write(MapJson.tree(map))));
        out.write(page.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Text that can sit inside a {@code <script>} element: no "</" closes it early. */
    private static String script(String text) {
        return text.replace("</", "<\\/");
    }

    private static String resource(String name) {
        try (InputStream in = MapRenderer.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the build: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
