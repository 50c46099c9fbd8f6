package io.blastwall.app.report;

import io.blastwall.analysis.AttackPath;
import io.blastwall.analysis.PathStep;
import io.blastwall.model.Confidence;
import io.blastwall.model.Entity;
import io.blastwall.model.EntityId;
import io.blastwall.model.IdentityGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Draws an attack path as an inline SVG picture: one box per entity, one labelled arrow per hop. */
final class PathSvg {
    private static final int BOX_W = 170;
    private static final int BOX_H = 54;
    private static final int GAP = 110;
    private static final int PAD = 10;
    /** Characters of a name that fit a box in bold 13 px type. */
    private static final int MAX_LABEL = 19;

    private final IdentityGraph graph;

    PathSvg(IdentityGraph graph) {
        this.graph = graph;
    }

    String draw(AttackPath path) {
        List<EntityId> nodes = new ArrayList<>();
        nodes.add(path.source());
        for (PathStep s : path.steps()) {
            nodes.add(s.relation().to());
        }
        int width = PAD * 2 + nodes.size() * BOX_W + (nodes.size() - 1) * GAP;
        int height = PAD * 2 + BOX_H + 20;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg class=\"path\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\">",
                width, height, width, height));
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">"
                + "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#57606a\"/></marker></defs>");
        for (int i = 0; i < path.steps().size(); i++) {
            arrow(svg, i, path.steps().get(i));
        }
        for (int i = 0; i < nodes.size(); i++) {
            box(svg, i, nodes.get(i));
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private void arrow(StringBuilder svg, int i, PathStep step) {
        int x1 = PAD + i * (BOX_W + GAP) + BOX_W;
        int x2 = x1 + GAP - 2;
        int y = PAD + BOX_H / 2;
        String dash = step.relation().confidence() == Confidence.PROVEN ? "" : " stroke-dasharray=\"6 4\"";
        svg.append(String.format(Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#57606a\" stroke-width=\"2\" marker-end=\"url(#arrow)\"%s/>",
                x1, y, x2, y, dash));
        String label = step.relation().kind().label();
        svg.append(String.format(Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" class=\"edge-label\">%s</text>",
                (x1 + x2) / 2, y - 8, Html.escape(shorten(label, 18))));
    }

    private void box(StringBuilder svg, int i, EntityId id) {
        int x = PAD + i * (BOX_W + GAP);
        Entity e = graph.entity(id).orElse(null);
        String kind = e == null ? "resource" : e.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        boolean jewel = e != null && e.isCrownJewel();
        String name = e == null ? id.value() : e.name();
        String kindLabel = e == null ? "" : e.kind().label();
        svg.append(String.format(Locale.ROOT,
                "<g class=\"node kind-%s%s\"><title>%s</title><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"8\"/>",
                kind, jewel ? " crown-jewel" : "", Html.escape(id.value()), x, PAD, BOX_W, BOX_H));
        svg.append(String.format(Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" class=\"node-name\">%s</text>",
                x + BOX_W / 2, PAD + 24, Html.escape(shortenMiddle(name, MAX_LABEL))));
        svg.append(String.format(Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" class=\"node-kind\">%s%s</text></g>",
                x + BOX_W / 2, PAD + 42, Html.escape(kindLabel), jewel ? " · crown jewel" : ""));
    }

    /**
     * Keeps both ends of a long name ("northwind-p…ustomer-data"): names of one estate often share their start and
     * differ at the end (a bucket and its objects), and a box must still tell them apart.
     */
    static String shortenMiddle(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int tail = (max - 1) / 2;
        int head = max - 1 - tail;
        return s.substring(0, head) + "…" + s.substring(s.length() - tail);
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
