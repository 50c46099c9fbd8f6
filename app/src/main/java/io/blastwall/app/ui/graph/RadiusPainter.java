package io.blastwall.app.ui.graph;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Paints a radius diagram on a canvas: edges as curves with arrowheads (dashed unless proven), nodes as
 * boxes coloured by kind, crown jewels with a thick red border. Culls what is off screen and drops text
 * when zoomed far out.
 */
final class RadiusPainter {
    private static final Font LABEL = Font.font("System", FontWeight.BOLD, 13.5);
    private static final Font DETAIL = Font.font("System", 12);
    private static final Font HEADER = Font.font("System", FontWeight.BOLD, 14);
    private static final double TEXT_MIN_SCALE = 0.4;
    private static final double LABEL_ONLY_MIN_SCALE = 0.22;
    private static final double FADED = 0.18;

    private final TextFitter fitter = new TextFitter();
    private final LegendPainter legend = new LegendPainter();

    /** Paints and returns how many nodes were drawn (the rest were off screen). */
    int paint(GraphicsContext gc, double width, double height, Viewport view, PaintState state) {
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.setGlobalAlpha(1);
        gc.setFill(state.colors().background());
        gc.fillRect(0, 0, width, height);
        if (state.diagram().isEmpty()) {
            return 0;
        }
        double s = view.scale();
        gc.setTransform(s, 0, 0, s, view.toScreenX(0), view.toScreenY(0));
        WorldRect visible = new WorldRect(view.toWorldX(0), view.toWorldY(0), view.toWorldX(width), view.toWorldY(height));
        if (s >= TEXT_MIN_SCALE) {
            paintHeaders(gc, state);
        }
        for (DiagramEdge edge : state.diagram().edges()) {
            paintEdge(gc, edge, s, visible, state);
        }
        int drawn = 0;
        for (DiagramNode node : state.diagram().nodes()) {
            if (visible.intersects(node.x(), node.y(), node.right(), node.y() + node.height())) {
                paintNode(gc, node, s, state);
                drawn++;
            }
        }
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.setGlobalAlpha(1);
        legend.paint(gc, height, state);
        return drawn;
    }

    private void paintHeaders(GraphicsContext gc, PaintState state) {
        RadiusDiagram d = state.diagram();
        gc.setFont(HEADER);
        gc.setFill(state.colors().muted());
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.BOTTOM);
        for (int c = 0; c < d.columnCount(); c++) {
            String text = c == 0 ? "Identity" : c == 1 ? "1 hop" : c + " hops";
            gc.fillText(text, d.columnCenterX(c), d.minY() - 14);
        }
    }

    private void paintEdge(GraphicsContext gc, DiagramEdge edge, double s, WorldRect visible, PaintState state) {
        EdgeCurve c = state.diagram().curve(edge);
        if (!visible.intersects(Math.min(c.x1(), c.x2()), Math.min(c.y1(), c.y2()),
                Math.max(c.x1(), c.x2()), Math.max(c.y1(), c.y2()))) {
            return;
        }
        boolean onPath = state.highlight().edgeKeys().contains(edge.key());
        boolean selected = state.selection().isEdge(edge.key());
        double px = 1 / Math.min(1, s);
        gc.setGlobalAlpha(state.highlight().isActive() && !onPath ? FADED : 1);
        Color color = selected ? state.colors().accent()
                : onPath ? state.colors().pathEdge()
                : edge.isTraversable() ? state.colors().traversableEdge() : state.colors().accessEdge();
        gc.setStroke(color);
        gc.setFill(color);
        gc.setLineWidth((onPath || selected ? 3 : edge.isTraversable() ? 1.8 : 1.2) * px);
        if (edge.isProven()) {
            gc.setLineDashes();
        } else {
            gc.setLineDashes(7 * px, 5 * px);
        }
        double arrow = 9 * Math.min(px, 2.5);
        double angle = c.arrivalAngle();
        gc.beginPath();
        gc.moveTo(c.x1(), c.y1());
        gc.bezierCurveTo(c.c1x(), c.c1y(), c.c2x(), c.c2y(),
                c.x2() - arrow * 0.8 * Math.cos(angle), c.y2() - arrow * 0.8 * Math.sin(angle));
        gc.stroke();
        gc.setLineDashes();
        arrowhead(gc, c.x2(), c.y2(), angle, arrow);
    }

    private static void arrowhead(GraphicsContext gc, double x, double y, double angle, double size) {
        double spread = Math.toRadians(25);
        gc.fillPolygon(
                new double[] {x, x - size * Math.cos(angle - spread), x - size * Math.cos(angle + spread)},
                new double[] {y, y - size * Math.sin(angle - spread), y - size * Math.sin(angle + spread)},
                3);
    }

    private void paintNode(GraphicsContext gc, DiagramNode n, double s, PaintState state) {
        DiagramColors colors = state.colors();
        Color kind = colors.kind(n.kind());
        boolean onPath = state.highlight().nodeKeys().contains(n.key());
        gc.setGlobalAlpha(state.highlight().isActive() && !onPath ? FADED : 1);
        gc.setLineDashes();
        double arc = n.kind().isIdentity() ? 18 : 6;
        if (n.group()) {
            for (int i = 2; i >= 1; i--) {
                box(gc, n.x() + 5 * i, n.y() - 5 * i, n, arc, colors.surface(), kind, 1);
            }
        }
        box(gc, n.x(), n.y(), n, arc, colors.surface(), kind, 1.4);
        gc.setFill(kind.deriveColor(0, 1, 1, 0.16));
        gc.fillRoundRect(n.x(), n.y(), n.width(), n.height(), arc, arc);
        outline(gc, n, arc, s, state);
        gc.setFill(kind);
        gc.fillOval(n.x() + 10, n.centerY() - 6, 12, 12);
        if (s >= TEXT_MIN_SCALE) {
            paintText(gc, n, colors);
        } else if (s >= LABEL_ONLY_MIN_SCALE) {
            Font font = Font.font("System", FontWeight.BOLD, 10 / s);
            gc.setFont(font);
            gc.setFill(colors.text());
            gc.setTextAlign(TextAlignment.LEFT);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText(fitLabel(n.label(), font, n.width() - 36), n.x() + 30, n.centerY());
        }
    }

    private static void box(GraphicsContext gc, double x, double y, DiagramNode n, double arc, Color fill, Color line,
            double width) {
        gc.setFill(fill);
        gc.fillRoundRect(x, y, n.width(), n.height(), arc, arc);
        gc.setStroke(line);
        gc.setLineWidth(width);
        gc.strokeRoundRect(x, y, n.width(), n.height(), arc, arc);
    }

    private static void outline(GraphicsContext gc, DiagramNode n, double arc, double s, PaintState state) {
        double px = 1 / Math.min(1, s);
        if (n.crownJewel()) {
            gc.setStroke(state.colors().danger());
            gc.setLineWidth(3.5 * px);
            gc.strokeRoundRect(n.x(), n.y(), n.width(), n.height(), arc, arc);
        } else if (n.isRoot()) {
            gc.setStroke(state.colors().accent());
            gc.setLineWidth(2.5 * px);
            gc.strokeRoundRect(n.x(), n.y(), n.width(), n.height(), arc, arc);
        }
        if (state.selection().isNode(n.key())) {
            gc.setStroke(state.colors().accent());
            gc.setLineWidth(2 * px);
            gc.setLineDashes(4 * px, 3 * px);
            gc.strokeRoundRect(n.x() - 5, n.y() - 5, n.width() + 10, n.height() + 10, arc + 6, arc + 6);
            gc.setLineDashes();
        }
    }

    private void paintText(GraphicsContext gc, DiagramNode n, DiagramColors colors) {
        double textWidth = n.width() - 38;
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.BASELINE);
        gc.setFont(LABEL);
        gc.setFill(colors.text());
        gc.fillText(fitLabel(n.label(), LABEL, textWidth), n.x() + 29, n.y() + 21);
        gc.setFont(DETAIL);
        gc.setFill(colors.muted());
        gc.fillText(fitter.fit(n.detail(), DETAIL, textWidth), n.x() + 29, n.y() + 38);
    }

    /** Identifiers keep both ends (similar names differ at the end), phrases keep their start. */
    private String fitLabel(String label, Font font, double width) {
        return label.contains(" ") ? fitter.fit(label, font, width) : fitter.fitMiddle(label, font, width);
    }

    /** The part of the world on screen. */
    private record WorldRect(double minX, double minY, double maxX, double maxY) {
        boolean intersects(double x0, double y0, double x1, double y1) {
            return x1 >= minX && x0 <= maxX && y1 >= minY && y0 <= maxY;
        }
    }
}
