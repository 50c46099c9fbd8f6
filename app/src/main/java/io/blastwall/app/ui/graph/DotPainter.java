package io.blastwall.app.ui.graph;

import io.blastwall.model.EntityKind;
import java.util.Arrays;
import javafx.scene.paint.Color;

/**
 * The crowded level of detail: nodes as rectangles in their kind's colour (crown jewels ringed red, the root
 * ringed in the accent colour), edges as plain lines from end to end, no text. Everything is drawn in batches
 * of one colour, plain first and emphasised last, so the colour changes a handful of times per frame.
 */
final class DotPainter {
    private static final int EDGE_RANKS = 6;
    private static final int LOOKS = EdgeLook.values().length;

    /** Draws the visible nodes and edges (indices into the diagram); returns how many edges it drew. */
    int paint(DotSink sink, int[] nodes, int[] edges, Viewport view, PaintState st) {
        int drawn = paintEdges(sink, edges, view, st);
        paintNodes(sink, nodes, view, st);
        return drawn;
    }

    private int paintEdges(DotSink sink, int[] edges, Viewport view, PaintState st) {
        RadiusDiagram d = st.diagram();
        int[][] buckets = new int[EDGE_RANKS * LOOKS][];
        int[] sizes = new int[EDGE_RANKS * LOOKS];
        for (int e : edges) {
            int bucket = EdgePainter.rank(e, st) * LOOKS + EdgeLook.of(d.edge(e)).ordinal();
            if (buckets[bucket] == null) {
                buckets[bucket] = new int[Math.min(edges.length, 64)];
            } else if (sizes[bucket] == buckets[bucket].length) {
                buckets[bucket] = Arrays.copyOf(buckets[bucket], sizes[bucket] * 2);
            }
            buckets[bucket][sizes[bucket]++] = e;
        }
        int drawn = 0;
        double s = view.scale();
        double ox = view.toScreenX(0);
        double oy = view.toScreenY(0);
        for (int b = 0; b < buckets.length; b++) {
            if (sizes[b] == 0) {
                continue;
            }
            int rank = b / LOOKS;
            EdgeLook look = EdgeLook.values()[b % LOOKS];
            sink.color(edgeColor(rank, look, st));
            int thickness = rank >= EdgePainter.PATH ? 3 : 1;
            for (int k = 0; k < sizes[b]; k++) {
                EdgeCurve c = d.curve(buckets[b][k]);
                double x1 = c.x1() * s + ox;
                double y1 = c.y1() * s + oy;
                double x2 = c.x2() * s + ox;
                double y2 = c.y2() * s + oy;
                if (Math.abs(x2 - x1) >= 0.5 || Math.abs(y2 - y1) >= 0.5) {
                    sink.line(x1, y1, x2, y2, thickness);
                    drawn++;
                }
            }
        }
        return drawn;
    }

    private static Color edgeColor(int rank, EdgeLook look, PaintState st) {
        DiagramColors colors = st.colors();
        Color color = EdgePainter.color(rank, look, colors);
        boolean faded = st.highlight().isActive() && rank < EdgePainter.PATH;
        return faded ? blend(colors, color, NodePainter.FADED)
                : rank == EdgePainter.LOST ? blend(colors, color, NodePainter.LOST_ALPHA) : color;
    }

    private void paintNodes(DotSink sink, int[] nodes, Viewport view, PaintState st) {
        RadiusDiagram d = st.diagram();
        DiagramColors colors = st.colors();
        double s = view.scale();
        double ox = view.toScreenX(0);
        double oy = view.toScreenY(0);
        double ring = Math.max(1.5, Math.min(4, 14 * s));
        int kinds = EntityKind.values().length;
        int lostBucket = 2 * kinds;
        int[] bucketOf = new int[nodes.length];
        int[] sizes = new int[lostBucket + 1];
        sink.color(colors.danger());
        for (int k = 0; k < nodes.length; k++) {
            DiagramNode n = d.node(nodes[k]);
            boolean lost = st.marks().isLost(n.key());
            if (n.crownJewel() && !lost) {
                rect(sink, n, s, ox, oy, ring);
            }
            bucketOf[k] = lost ? lostBucket
                    : n.kind().ordinal() * 2 + (st.highlight().nodeKeys().contains(n.key()) ? 1 : 0);
            sizes[bucketOf[k]]++;
        }
        sink.color(colors.accent());
        for (int i : nodes) {
            DiagramNode n = d.node(i);
            if (n.isRoot() || st.selection().isNode(n.key()) || st.isHovered(i)) {
                rect(sink, n, s, ox, oy, ring + 1);
            }
        }
        boolean fading = st.highlight().isActive();
        for (int bucket = 0; bucket <= lostBucket; bucket++) {
            if (sizes[bucket] == 0) {
                continue;
            }
            Color color = bucket == lostBucket ? blend(colors, colors.lost(), NodePainter.LOST_ALPHA)
                    : colors.kind(EntityKind.values()[bucket / 2]);
            sink.color(fading && bucket % 2 == 0 && bucket != lostBucket ? blend(colors, color, NodePainter.FADED) : color);
            for (int k = 0; k < nodes.length; k++) {
                if (bucketOf[k] == bucket) {
                    rect(sink, d.node(nodes[k]), s, ox, oy, 0);
                }
            }
        }
    }

    private static void rect(DotSink sink, DiagramNode n, double s, double ox, double oy, double grow) {
        double w = Math.max(2, n.width() * s);
        double h = Math.max(2, n.height() * s);
        sink.rect(n.x() * s + ox - grow, n.y() * s + oy - grow, w + 2 * grow, h + 2 * grow);
    }

    static Color blend(DiagramColors colors, Color color, double alpha) {
        return colors.background().interpolate(color, alpha);
    }
}
