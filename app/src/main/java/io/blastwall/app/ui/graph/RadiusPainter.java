package io.blastwall.app.ui.graph;

/**
 * Paints a radius diagram: only what the viewport shows (the diagram's grid culls the rest), at the level of
 * detail the zoom and the crowd allow, then the legend and the hover tip on top. The detailed levels draw on a
 * {@link DiagramSurface}; the crowded level on a {@link DotSink}.
 */
final class RadiusPainter {
    /** World units around the screen still drawn, for arrowheads, badges and group shadows. */
    private static final double CULL_MARGIN = 24;

    private final NodePainter nodePainter = new NodePainter();
    private final EdgePainter edgePainter = new EdgePainter();
    private final DotPainter dotPainter = new DotPainter();
    private final LegendPainter legend = new LegendPainter();
    private final TipPainter tip = new TipPainter();

    /** How this frame is drawn: with the legend or not, and whether the zoom is changing. */
    record Frame(boolean legend, boolean zooming) {}

    /** What one paint drew. */
    record Painted(DetailLevel level, int nodes, int edges) {
        static final Painted NOTHING = new Painted(DetailLevel.FULL, 0, 0);
    }

    Painted paint(DiagramSurface s, DotSink dots, double width, double height, Viewport view, PaintState st,
            Frame frame) {
        RadiusDiagram d = st.diagram();
        if (d.isEmpty()) {
            s.setTransform(1, 0, 0);
            s.setAlpha(1);
            s.setFill(st.colors().background());
            s.fillRect(0, 0, width, height);
            return Painted.NOTHING;
        }
        WorldRect visible = new WorldRect(view.toWorldX(0), view.toWorldY(0), view.toWorldX(width),
                view.toWorldY(height)).grownBy(CULL_MARGIN);
        int[] nodes = d.nodesIn(visible);
        int[] edges = d.edgesIn(visible);
        DetailLevel resting = DetailLevel.of(view.scale(), nodes.length);
        DetailLevel level = frame.zooming() ? resting.moving() : resting;
        int edgesDrawn;
        if (level == DetailLevel.DOTS && dots instanceof RasterDots raster) {
            raster.paintLayer(width, height, view, st, dotPainter);
            edgesDrawn = edges.length;
        } else if (level == DetailLevel.DOTS) {
            dots.clear(st.colors().background(), width, height);
            edgesDrawn = dotPainter.paint(dots, nodes, edges, view, st);
            dots.finish();
        } else {
            s.setTransform(1, 0, 0);
            s.setAlpha(1);
            s.setFill(st.colors().background());
            s.fillRect(0, 0, width, height);
            s.setTransform(view.scale(), view.toScreenX(0), view.toScreenY(0));
            paintVector(s, nodes, edges, level, view.scale(), st);
            edgesDrawn = edges.length;
        }
        if (frame.legend()) {
            legend.paint(s, 0, height, height, st);
        }
        tip.paint(s, width, height, st);
        return new Painted(level, nodes.length, edgesDrawn);
    }

    /** The detailed levels, in world coordinates under the surface's current transform. */
    void paintVector(DiagramSurface s, int[] nodes, int[] edges, DetailLevel level, double scale, PaintState st) {
        RadiusDiagram d = st.diagram();
        if (d.layout() == GraphLayout.HOP_DISTANCE && scale >= DetailLevel.FULL_MIN_SCALE
                && level != DetailLevel.SHAPES) {
            paintHeaders(s, st);
        }
        int[] ranks = new int[edges.length];
        for (int k = 0; k < edges.length; k++) {
            ranks[k] = EdgePainter.rank(edges[k], st);
        }
        for (int rank = 0; rank <= 5; rank++) {
            for (int k = 0; k < edges.length; k++) {
                if (ranks[k] == rank) {
                    edgePainter.paint(s, edges[k], rank, scale, st);
                }
            }
        }
        for (int pass = 0; pass < 2; pass++) {
            for (int i : nodes) {
                DiagramNode n = d.node(i);
                boolean emphasised = st.selection().isNode(n.key()) || st.isHovered(i)
                        || st.highlight().nodeKeys().contains(n.key());
                if (emphasised == (pass == 1)) {
                    nodePainter.paint(s, n, i, level, scale, st);
                }
            }
        }
    }

    private static void paintHeaders(DiagramSurface s, PaintState st) {
        RadiusDiagram d = st.diagram();
        s.setAlpha(1);
        s.setFill(st.colors().muted());
        for (int c = 0; c < d.columnCount(); c++) {
            String text = c == 0 ? "Identity" : c == 1 ? "1 hop" : c + " hops";
            s.fillText(text, TextStyle.HEADER, d.columnCenterX(c), d.minY() - 18, TextAnchor.MIDDLE);
        }
    }
}
