package io.blastwall.app.ui.graph;

import javafx.scene.paint.Color;

/**
 * Paints one edge with its details: a curve (or a straight line in the force layout) with an arrowhead, in
 * the colour and width of its relations' kind, dashed when conditional and dotted when heuristic. On the
 * highlighted path, hovered or selected it stands out; in a simulation a cut edge is drawn thick in the cut
 * colour with a cross, a lost one faint and dotted.
 */
final class EdgePainter {

    static final int PLAIN = 0;
    static final int LOST = 1;
    static final int PATH = 2;
    static final int CUT = 3;
    static final int HOVER = 4;
    static final int SELECTED = 5;

    /** Draw order: plain edges first, what stands out last; below {@link #PATH} they fade behind a highlight. */
    static int rank(int e, PaintState st) {
        DiagramEdge edge = st.diagram().edge(e);
        if (st.selection().isEdge(edge.key())) {
            return SELECTED;
        }
        if (st.isHoverEdge(e)) {
            return HOVER;
        }
        if (st.marks().isCut(edge.key())) {
            return CUT;
        }
        if (st.highlight().edgeKeys().contains(edge.key())) {
            return PATH;
        }
        return st.marks().isLostEdge(edge.key()) ? LOST : PLAIN;
    }

    static Color color(int rank, EdgeLook look, DiagramColors colors) {
        return switch (rank) {
            case SELECTED, HOVER -> colors.accent();
            case CUT -> colors.cut();
            case PATH -> colors.pathEdge();
            case LOST -> colors.lost();
            default -> colors.edge(look.style());
        };
    }

    void paint(DiagramSurface s, int e, int rank, double scale, PaintState st) {
        DiagramEdge edge = st.diagram().edge(e);
        EdgeCurve c = st.diagram().curve(e);
        DiagramColors colors = st.colors();
        EdgeLook look = EdgeLook.of(edge);
        double px = 1 / Math.min(1, scale);
        boolean faded = st.highlight().isActive() && rank < PATH;
        Color color = color(rank, look, colors);
        double width = switch (rank) {
            case SELECTED, CUT, PATH -> 3;
            case HOVER -> 2.4;
            case LOST -> 1.2;
            default -> look.width(edge);
        };
        s.setAlpha(faded ? NodePainter.FADED : rank == LOST ? NodePainter.LOST_ALPHA : 1);
        s.setStroke(color, width * px);
        double[] dashes = rank == LOST ? new double[] {2, 4}
                : rank == CUT ? new double[0] : EdgeLook.dashes(edge.confidence());
        if (dashes.length > 0) {
            s.setDashes(dashes[0] * px, dashes[1] * px);
        }
        double arrow = 9 * Math.min(px, 2.5);
        double angle = c.arrivalAngle();
        s.strokeCubic(c.x1(), c.y1(), c.c1x(), c.c1y(), c.c2x(), c.c2y(),
                c.x2() - arrow * 0.8 * Math.cos(angle), c.y2() - arrow * 0.8 * Math.sin(angle));
        s.setDashes();
        s.setFill(color);
        arrowhead(s, c.x2(), c.y2(), angle, arrow);
        if (rank == CUT) {
            cross(s, c, 7 * Math.min(px, 2.5), colors);
        }
        s.setAlpha(1);
    }

    private static void arrowhead(DiagramSurface s, double x, double y, double angle, double size) {
        double spread = Math.toRadians(25);
        s.fillPolygon(
                new double[] {x, x - size * Math.cos(angle - spread), x - size * Math.cos(angle + spread)},
                new double[] {y, y - size * Math.sin(angle - spread), y - size * Math.sin(angle + spread)},
                3);
    }

    /** The mark of a cut: a cross on a disc in the middle of the edge. */
    private static void cross(DiagramSurface s, EdgeCurve c, double size, DiagramColors colors) {
        double[] m = c.pointAt(0.5);
        s.setFill(colors.background());
        s.fillOval(m[0] - size * 1.3, m[1] - size * 1.3, size * 2.6, size * 2.6);
        s.setStroke(colors.cut(), size / 3);
        s.strokeLine(m[0] - size, m[1] - size, m[0] + size, m[1] + size);
        s.strokeLine(m[0] - size, m[1] + size, m[0] + size, m[1] - size);
    }
}
