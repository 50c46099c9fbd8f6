package io.blastwall.app.ui.graph;

import io.blastwall.model.Relation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The tooltip-like label beside the pointer: the full name and facts of the hovered node or edge. */
final class TipPainter {
    private static final double LINE = 16;
    private static final double PAD = 8;

    void paint(DiagramSurface s, double canvasWidth, double canvasHeight, PaintState st) {
        Hover hover = st.hover();
        if (!hover.isActive()) {
            return;
        }
        List<String> lines = hover.node() >= 0 ? nodeLines(st.diagram().node(hover.node()), st)
                : edgeLines(hover.edge(), st);
        double width = 2 * PAD + lines.stream().mapToDouble(l -> l.length() * 6.7).max().orElse(0);
        width = Math.min(width, Math.max(120, canvasWidth - 20));
        double height = 2 * PAD + lines.size() * LINE - 2;
        double x = Math.min(hover.screenX() + 16, canvasWidth - width - 6);
        double y = hover.screenY() + 18 + height > canvasHeight ? hover.screenY() - height - 10 : hover.screenY() + 18;
        x = Math.max(6, x);
        y = Math.max(6, y);
        DiagramColors colors = st.colors();
        s.setTransform(1, 0, 0);
        s.setAlpha(0.96);
        s.setFill(colors.surface());
        s.fillRoundRect(x, y, width, height, 8);
        s.setAlpha(1);
        s.setStroke(colors.border(), 1);
        s.strokeRoundRect(x, y, width, height, 8);
        double baseline = y + PAD + 11;
        for (int i = 0; i < lines.size(); i++) {
            TextStyle style = i == 0 ? TextStyle.TIP_TITLE : TextStyle.TIP;
            s.setFill(i == 0 ? colors.text() : colors.muted());
            s.fillText(s.fitEnd(lines.get(i), style, width - 2 * PAD), style, x + PAD, baseline, TextAnchor.START);
            baseline += LINE;
        }
    }

    static List<String> nodeLines(DiagramNode n, PaintState st) {
        List<String> lines = new ArrayList<>();
        lines.add(n.label());
        lines.add(NodePainter.detail(n, st.marks()));
        if (n.group()) {
            lines.add(n.members().size() + " resources \u00b7 double-click to expand");
        } else {
            lines.add(n.kind().label() + (n.isRoot() ? " \u00b7 analysed identity" : " \u00b7 " + hops(n.column())));
            lines.add(n.entity().value());
        }
        if (n.crownJewel()) {
            lines.add("crown jewel");
        }
        if (n.hasHiddenNeighbours()) {
            lines.add(n.hidden() + " hidden behind it \u00b7 double-click to show");
        } else if (n.isGroupMember()) {
            lines.add("double-click to fold back into its group");
        }
        return lines;
    }

    static List<String> edgeLines(int e, PaintState st) {
        RadiusDiagram d = st.diagram();
        DiagramEdge edge = d.edge(e);
        List<String> lines = new ArrayList<>();
        lines.add(d.node(d.from(e)).label() + " \u2192 " + d.node(d.to(e)).label());
        Set<String> kinds = new LinkedHashSet<>();
        Set<String> rules = new LinkedHashSet<>();
        for (Relation r : edge.relations()) {
            kinds.add(r.kind().label() + (r.access().weight() > 0 ? " (" + r.access().label() + ")" : ""));
            rules.add(r.rule());
        }
        lines.add(String.join(", ", kinds));
        lines.add(edge.confidence().label() + " \u00b7 " + edge.relations().size()
                + (edge.relations().size() == 1 ? " relation" : " relations") + " \u00b7 " + String.join(", ", rules));
        if (st.marks().isCut(edge.key())) {
            lines.add("cut by the simulated removal");
        } else if (st.marks().isLostEdge(edge.key())) {
            lines.add("lost: leads to what is no longer reached");
        }
        return lines;
    }

    private static String hops(int column) {
        return column == 1 ? "1 hop" : column + " hops";
    }
}
