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
 * A console result's nodes on a circle and its relationships as arrows, on one canvas: enough to see the
 * shape of a few hundred paths (the radius canvas is for blast radii).
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
        if (nodes.isEmpty() || w < 40 || h < 40) {
            return;
        }
        Map<String, double[]> at = new HashMap<>();
        double radius = Math.max(20, Math.min(w, h) / 2 - 60);
        for (int i = 0; i < nodes.size(); i++) {
            double angle = 2 * Math.PI * i / nodes.size() - Math.PI / 2;
            at.put(nodes.get(i).elementId(), new double[] {w / 2 + radius * Math.cos(angle), h / 2 + radius * Math.sin(angle)});
        }
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
            if (nodes.size() <= 60) {
                g.fillText(node.name(), p[0], p[1] + NODE_RADIUS + 2);
            }
        }
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
