package io.blastwall.app.ui.console;

import io.blastwall.app.store.CypherGraph;
import io.blastwall.styles.Palette;
import io.blastwall.styles.Theme;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ObservableValue;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * A console result's nodes in columns by depth and its relationships as arrows, on one canvas: enough to see
 * the shape of a few hundred paths (the radius canvas is for blast radii).
 */
final class CypherGraphPane extends Pane {
    private static final double NODE_RADIUS = 7;

    private final Canvas canvas = new Canvas();
    private final ObservableValue<CypherGraph> graph;
    private final ObservableValue<Theme> theme;

    CypherGraphPane(ObservableValue<CypherGraph> graph, ObservableValue<Theme> theme) {
        this.graph = graph;
        this.theme = theme;
        getChildren().add(canvas);
        canvas.widthProperty().bind(widthProperty());
        canvas.heightProperty().bind(heightProperty());
        setMinSize(0, 0);
        canvas.widthProperty().addListener((obs, old, w) -> paint());
        canvas.heightProperty().addListener((obs, old, h) -> paint());
        graph.addListener((obs, old, g) -> paint());
        theme.addListener((obs, old, t) -> paint());
    }

    private void paint() {
        Theme t = theme.getValue();
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(Color.web(Palette.canvas(t)));
        g.fillRect(0, 0, w, h);
        List<CypherGraph.Node> nodes = graph.getValue().nodes();
        if (nodes.isEmpty() || w < 120 || h < 60) {
            return;
        }
        Map<String, double[]> at = layered(graph.getValue(), w, h);
        double rowGap = minimumRowGap(at);
        g.setStroke(Color.web(Palette.muted(t)));
        g.setLineWidth(1.2);
        for (CypherGraph.Link link : graph.getValue().links()) {
            arrow(g, at.get(link.from()), at.get(link.to()));
        }
        g.setFont(javafx.scene.text.Font.font(11));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (CypherGraph.Node node : nodes) {
            double[] p = at.get(node.elementId());
            g.setFill(Color.web(colour(t, node.label())));
            g.fillOval(p[0] - NODE_RADIUS, p[1] - NODE_RADIUS, 2 * NODE_RADIUS, 2 * NODE_RADIUS);
            g.setFill(Color.web(Palette.foreground(t)));
            if (rowGap >= 2 * NODE_RADIUS + 12) {
                String name = node.name().length() > 28 ? node.name().substring(0, 27) + "\u2026" : node.name();
                g.fillText(name, p[0], p[1] + NODE_RADIUS + 1);
            }
        }
    }

    /**
     * Columns by depth: nodes no relationship points to first, then each node one column right of the deepest node
     * pointing to it (cycles are cut where first met); each column spread evenly from top to bottom.
     */
    private static Map<String, double[]> layered(CypherGraph graph, double w, double h) {
        Map<String, Integer> depth = new java.util.LinkedHashMap<>();
        graph.nodes().forEach(n -> depth.put(n.elementId(), 0));
        for (int round = 0; round < graph.nodes().size(); round++) {
            boolean changed = false;
            for (CypherGraph.Link link : graph.links()) {
                int next = depth.get(link.from()) + 1;
                if (next > depth.get(link.to()) && next < graph.nodes().size()) {
                    depth.put(link.to(), next);
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        Map<Integer, java.util.List<String>> columns = new java.util.TreeMap<>();
        depth.forEach((id, d) -> columns.computeIfAbsent(d, k -> new java.util.ArrayList<>()).add(id));
        Map<String, double[]> at = new HashMap<>();
        double columnWidth = (w - 80) / Math.max(1, columns.size());
        int column = 0;
        for (java.util.List<String> ids : columns.values()) {
            double gap = (h - 40) / ids.size();
            for (int row = 0; row < ids.size(); row++) {
                at.put(ids.get(row), new double[] {40 + columnWidth * (column + 0.5), 20 + gap * (row + 0.5)});
            }
            column++;
        }
        return at;
    }

    private static double minimumRowGap(Map<String, double[]> at) {
        Map<Double, java.util.List<Double>> byColumn = new HashMap<>();
        at.values().forEach(p -> byColumn.computeIfAbsent(p[0], k -> new java.util.ArrayList<>()).add(p[1]));
        double gap = Double.MAX_VALUE;
        for (java.util.List<Double> ys : byColumn.values()) {
            if (ys.size() > 1) {
                java.util.Collections.sort(ys);
                gap = Math.min(gap, ys.get(1) - ys.get(0));
            }
        }
        return gap;
    }

    private static void arrow(GraphicsContext g, double[] from, double[] to) {
        double dx = to[0] - from[0];
        double dy = to[1] - from[1];
        double length = Math.hypot(dx, dy);
        if (length < 2 * NODE_RADIUS) {
            return;
        }
        double ux = dx / length;
        double uy = dy / length;
        double ex = to[0] - ux * NODE_RADIUS;
        double ey = to[1] - uy * NODE_RADIUS;
        g.strokeLine(from[0] + ux * NODE_RADIUS, from[1] + uy * NODE_RADIUS, ex, ey);
        g.strokeLine(ex, ey, ex - ux * 8 - uy * 4, ey - uy * 8 + ux * 4);
        g.strokeLine(ex, ey, ex - ux * 8 + uy * 4, ey - uy * 8 - ux * 4);
    }

    /** The kind colour for entity labels ({@code AiAgent} → {@code ai-agent}), the accent for anything else. */
    private static String colour(Theme t, String label) {
        String css = label.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
        return Palette.KINDS.contains(css) ? Palette.kindColor(t, css) : Palette.accent(t);
    }
}
