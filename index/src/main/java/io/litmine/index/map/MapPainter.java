package io.litmine.index.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.Map;

/**
 * Draws a {@link MechanismMap} with Java2D, for any {@link Graphics2D}: Batik's SVG generator writes it
 * as SVG, a {@code BufferedImage}'s as PNG. Top: the heat map (one row per gene, one column per relation
 * or mechanism, darker = more claims, the count in the cell). Below: the assertion graph as JGraphT lays
 * it out ({@link MapLayout}): genes blue, drugs green; an edge green with an arrow head for activation,
 * red with a bar for inhibition, grey with a dot otherwise; its width grows with the distinct papers.
 */
final class MapPainter {

    static final int CELL = 26;
    static final int ROW_LABELS = 130;
    static final int COLUMN_LABELS = 130;
    static final int GRAPH_HEIGHT = 560;
    static final int MIN_WIDTH = 900;
    private static final int TITLE = 40;
    private static final int GAP = 40;
    private static final Color HEAT_LOW = new Color(0xEEF3FA);
    private static final Color HEAT_HIGH = new Color(0x1F4E8C);
    private static final Color GENE = new Color(0x3B7DD8);
    private static final Color DRUG = new Color(0x2E9D4F);
    private static final Color OTHER = new Color(0x8A8F98);
    private static final Color ACTIVATES = new Color(0x2A9D3A);
    private static final Color INHIBITS = new Color(0xC0392B);
    private static final Color INK = new Color(0x1D2330);

    private final MechanismMap map;

    MapPainter(MechanismMap map) {
        this.map = map;
    }

    int width() {
        return Math.max(MIN_WIDTH, ROW_LABELS + CELL * map.heatmap().columns().size() + GAP);
    }

    private int heatHeight() {
        return COLUMN_LABELS + CELL * Math.max(1, map.heatmap().rows().size());
    }

    int height() {
        return TITLE + heatHeight() + GAP + GRAPH_HEIGHT + 20;
    }

    void paint(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, width(), height()));
        g.setColor(INK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        MechanismMap.Heatmap h = map.heatmap();
        g.drawString(map.claims() + " claim(s): genes × " + h.dimension() + ", and what papers assert", 10, 24);
        heatmap(g, TITLE);
        graph(g, TITLE + heatHeight() + GAP);
    }

    private void heatmap(Graphics2D g, int top) {
        MechanismMap.Heatmap h = map.heatmap();
        double max = Math.max(1, h.max());
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (int c = 0; c < h.columns().size(); c++) {
            AffineTransform saved = g.getTransform();
            g.translate(ROW_LABELS + c * CELL + CELL / 2.0 + 4, top + COLUMN_LABELS - 6);
            g.rotate(-Math.PI / 4);
            g.setColor(INK);
            g.drawString(h.columns().get(c), 0, 0);
            g.setTransform(saved);
        }
        for (int r = 0; r < h.rows().size(); r++) {
            int y = top + COLUMN_LABELS + r * CELL;
            g.setColor(INK);
            g.drawString(fit(g, h.rows().get(r), ROW_LABELS - 10), 6, y + CELL / 2 + 4);
            for (int c = 0; c < h.columns().size(); c++) {
                long n = h.count(r, c);
                Rectangle2D cell = new Rectangle2D.Double(ROW_LABELS + c * CELL, y, CELL - 2, CELL - 2);
                g.setColor(n == 0 ? new Color(0xF7F8FA) : blend(HEAT_LOW, HEAT_HIGH, Math.sqrt(n / max)));
                g.fill(cell);
                if (n > 0) {
                    String label = Long.toString(n);
                    g.setColor(Math.sqrt(n / max) > 0.55 ? Color.WHITE : INK);
                    int w = g.getFontMetrics().stringWidth(label);
                    g.drawString(label, (float) (cell.getCenterX() - w / 2.0), (float) cell.getCenterY() + 4);
                }
            }
        }
    }

    private void graph(Graphics2D g, int top) {
        MechanismMap.Graph graph = map.graph();
        int w = width();
        g.setColor(INK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        g.drawString(graph.edges().isEmpty() ? "no assertion between two entities" : "assertions (width: distinct papers)", 10, top - 12);
        Map<String, Point2D> at = MapLayout.place(graph, w - 160, GRAPH_HEIGHT - 40);
        Map<String, Point2D> placed = new java.util.HashMap<>();
        at.forEach((id, p) -> placed.put(id, new Point2D.Double(p.getX() + 80, p.getY() + top + 20)));
        for (MechanismMap.Edge e : graph.edges()) {
            Point2D a = placed.get(e.source());
            Point2D b = placed.get(e.target());
            if (a == null || b == null) {
                continue;
            }
            boolean reverse = graph.edges().stream().anyMatch(o -> o != e && o.source().equals(e.target()) && o.target().equals(e.source()));
            edge(g, a, b, e, reverse ? 5 : 0, radius(e.target()));
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (MechanismMap.Node n : graph.nodes()) {
            Point2D p = placed.get(n.id());
            double r = radius(n.id());
            g.setColor(switch (n.type()) {
                case "gene" -> GENE;
                case "drug" -> DRUG;
                default -> OTHER;
            });
            g.fill(new Ellipse2D.Double(p.getX() - r, p.getY() - r, 2 * r, 2 * r));
            g.setColor(INK);
            g.drawString(n.id(), (float) (p.getX() + r + 3), (float) (p.getY() + 4));
        }
    }

    private double radius(String id) {
        return map.graph().nodes().stream().filter(n -> n.id().equals(id)).findFirst()
                .map(n -> 5 + 2 * Math.sqrt(n.claims())).orElse(6.0);
    }

    /** A straight edge from {@code a} to the rim of {@code b}'s circle, moved sideways by {@code offset}. */
    private static void edge(Graphics2D g, Point2D a, Point2D b, MechanismMap.Edge e, double offset, double targetRadius) {
        double dx = b.getX() - a.getX();
        double dy = b.getY() - a.getY();
        double len = Math.max(1e-6, Math.hypot(dx, dy));
        double ux = dx / len;
        double uy = dy / len;
        double ox = -uy * offset;
        double oy = ux * offset;
        double ex = b.getX() - ux * (targetRadius + 2) + ox;
        double ey = b.getY() - uy * (targetRadius + 2) + oy;
        Color colour = e.sign() > 0 ? ACTIVATES : e.sign() < 0 ? INHIBITS : OTHER;
        g.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 190));
        g.setStroke(new BasicStroke((float) Math.min(9, 1 + e.papers()), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(a.getX() + ox, a.getY() + oy, ex, ey));
        g.setStroke(new BasicStroke(2f));
        if (e.sign() > 0) {
            java.awt.geom.Path2D head = new java.awt.geom.Path2D.Double();
            head.moveTo(ex, ey);
            head.lineTo(ex - ux * 10 - uy * 5, ey - uy * 10 + ux * 5);
            head.lineTo(ex - ux * 10 + uy * 5, ey - uy * 10 - ux * 5);
            head.closePath();
            g.fill(head);
        } else if (e.sign() < 0) {
            g.setStroke(new BasicStroke(3f));
            g.draw(new Line2D.Double(ex - uy * 7, ey + ux * 7, ex + uy * 7, ey - ux * 7));
        } else {
            g.fill(new Ellipse2D.Double(ex - 3, ey - 3, 6, 6));
        }
        g.setStroke(new BasicStroke(1f));
    }

    private static String fit(Graphics2D g, String s, int width) {
        if (g.getFontMetrics().stringWidth(s) <= width) {
            return s;
        }
        String t = s;
        while (t.length() > 1 && g.getFontMetrics().stringWidth(t + "…") > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }

    private static Color blend(Color a, Color b, double t) {
        double u = Math.max(0, Math.min(1, t));
        return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * u),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * u),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * u));
    }
}
