package io.blastwall.app.ui.graph;

import io.blastwall.model.AccessLevel;
import javafx.scene.paint.Color;

/**
 * Paints one node with its details: a box in its kind's colour with the kind's glyph, its name and detail,
 * a red border and corner for crown jewels, the stacked look of a group, a "+N" badge when what it reaches
 * is collapsed, and the marks of a simulation (lost: faded, dashed and struck through).
 */
final class NodePainter {
    static final double FADED = 0.18;
    static final double LOST_ALPHA = 0.5;
    private static final double TEXT_LEFT = 31;

    void paint(DiagramSurface s, DiagramNode n, int index, DetailLevel level, double scale, PaintState st) {
        DiagramColors colors = st.colors();
        boolean lost = st.marks().isLost(n.key());
        boolean onPath = st.highlight().nodeKeys().contains(n.key());
        double alpha = st.highlight().isActive() && !onPath ? FADED : lost ? LOST_ALPHA : 1;
        double px = 1 / Math.min(1, scale);
        Color kind = colors.kind(n.kind());
        Color line = lost ? colors.lost() : kind;
        double arc = n.kind().isIdentity() ? 18 : 6;
        s.setAlpha(alpha);
        if (n.group()) {
            for (int i = 2; i >= 1; i--) {
                box(s, n, n.x() + 5 * i, n.y() - 5 * i, arc, colors.surface(), line, 1);
            }
        }
        box(s, n, n.x(), n.y(), arc, colors.surface(), line, 1.4);
        if (lost) {
            s.setStroke(colors.lost(), 2 * px);
            s.setDashes(5 * px, 4 * px);
            s.strokeRoundRect(n.x(), n.y(), n.width(), n.height(), arc);
            s.setDashes();
        } else {
            s.setFill(kind.deriveColor(0, 1, 1, 0.16));
            s.fillRoundRect(n.x(), n.y(), n.width(), n.height(), arc);
        }
        outline(s, n, arc, px, colors);
        KindGlyph.draw(s, n.kind(), n.x() + 16, n.centerY(), 7.5, lost ? colors.lost() : kind, colors.surface());
        if (level == DetailLevel.FULL) {
            text(s, n, lost, st);
        } else if (level == DetailLevel.LABELS) {
            TextStyle big = TextStyle.boldOf(9.5 / scale);
            s.setFill(colors.text());
            String label = s.fitMiddle(n.label(), big, n.width() - TEXT_LEFT - 2);
            s.fillText(label, big, n.x() + TEXT_LEFT - 2, n.centerY() + big.size() * 0.36, TextAnchor.START);
        }
        if (n.hasHiddenNeighbours()) {
            badge(s, n, "+" + n.hidden(), colors);
        }
        marks(s, n, index, arc, px, st);
        s.setAlpha(1);
    }

    private static void box(DiagramSurface s, DiagramNode n, double x, double y, double arc, Color fill, Color line,
            double width) {
        s.setFill(fill);
        s.fillRoundRect(x, y, n.width(), n.height(), arc);
        s.setStroke(line, width);
        s.strokeRoundRect(x, y, n.width(), n.height(), arc);
    }

    private static void outline(DiagramSurface s, DiagramNode n, double arc, double px, DiagramColors colors) {
        if (n.crownJewel()) {
            s.setStroke(colors.danger(), 3.5 * px);
            s.strokeRoundRect(n.x(), n.y(), n.width(), n.height(), arc);
            double c = 16;
            s.setFill(colors.danger());
            s.fillPolygon(new double[] {n.right() - c, n.right() - 2, n.right() - 2},
                    new double[] {n.y() + 2, n.y() + 2, n.y() + c}, 3);
        } else if (n.isRoot()) {
            s.setStroke(colors.accent(), 2.5 * px);
            s.strokeRoundRect(n.x(), n.y(), n.width(), n.height(), arc);
        }
    }

    private static void text(DiagramSurface s, DiagramNode n, boolean lost, PaintState st) {
        DiagramColors colors = st.colors();
        double width = n.width() - TEXT_LEFT - 10;
        String label = s.fitMiddle(n.label(), TextStyle.LABEL, width);
        s.setFill(colors.text());
        s.fillText(label, TextStyle.LABEL, n.x() + TEXT_LEFT, n.y() + 21, TextAnchor.START);
        if (lost) {
            double length = Math.min(width, s.textWidth(label, TextStyle.LABEL));
            s.setStroke(colors.lost(), 1.6);
            s.strokeLine(n.x() + TEXT_LEFT - 2, n.y() + 16.5, n.x() + TEXT_LEFT + length + 2, n.y() + 16.5);
        }
        s.setFill(lost || st.marks().lostMembers().containsKey(n.key()) || st.marks().weakened().containsKey(n.key())
                ? colors.lost() : colors.muted());
        s.fillText(s.fitEnd(detail(n, st.marks()), TextStyle.DETAIL, width), TextStyle.DETAIL, n.x() + TEXT_LEFT,
                n.y() + 38, TextAnchor.START);
    }

    /** The second line: what the simulation did to it, or its kind or access. */
    static String detail(DiagramNode n, SimulationMarks marks) {
        if (marks.isLost(n.key())) {
            return "lost \u00b7 " + n.detail();
        }
        Integer lostMembers = marks.lostMembers().get(n.key());
        if (lostMembers != null) {
            return lostMembers + " of " + n.members().size() + " lost \u00b7 " + n.detail();
        }
        AccessLevel weaker = marks.weakened().get(n.key());
        if (weaker != null) {
            return "now " + weaker.label() + ", was " + n.access().label();
        }
        return n.detail();
    }

    private static void badge(DiagramSurface s, DiagramNode n, String text, DiagramColors colors) {
        double w = 10 + text.length() * 6.5;
        double x = n.right() - w / 2;
        double y = n.y() + n.height() - 9;
        s.setFill(colors.accent());
        s.fillRoundRect(x, y, w, 17, 17);
        s.setFill(colors.background());
        s.fillText(text, TextStyle.BADGE, x + w / 2, y + 12.5, TextAnchor.MIDDLE);
    }

    private static void marks(DiagramSurface s, DiagramNode n, int index, double arc, double px, PaintState st) {
        if (st.selection().isNode(n.key())) {
            s.setAlpha(1);
            s.setStroke(st.colors().accent(), 2 * px);
            s.setDashes(4 * px, 3 * px);
            s.strokeRoundRect(n.x() - 5, n.y() - 5, n.width() + 10, n.height() + 10, arc + 6);
            s.setDashes();
        } else if (st.isHovered(index)) {
            s.setAlpha(1);
            s.setStroke(st.colors().accent(), 2 * px);
            s.strokeRoundRect(n.x() - 3, n.y() - 3, n.width() + 6, n.height() + 6, arc + 4);
        }
    }
}
