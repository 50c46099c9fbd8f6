package io.blastwall.app.ui.graph;

import io.blastwall.model.EntityKind;
import javafx.scene.paint.Color;

/**
 * A small shape per entity kind, drawn in the kind's colour at the left of a node and in the legend: a person
 * for humans, a hexagon for service accounts, a shield for roles, three heads for groups, a sparkle for AI
 * agents, a container for workloads, a key for credentials, linked rings for federated principals, a cloud
 * for cloud services, a diamond for external accounts, a page for policies and a cylinder for resources.
 */
final class KindGlyph {
    private KindGlyph() {}

    /** Draws the glyph of {@code kind} centred on {@code (cx, cy)}, about {@code 2r} across. */
    static void draw(DiagramSurface s, EntityKind kind, double cx, double cy, double r, Color color, Color cutout) {
        s.setFill(color);
        switch (kind) {
            case HUMAN -> person(s, cx, cy, r);
            case SERVICE_ACCOUNT -> polygon(s, cx, cy, r, 6, Math.PI / 6);
            case ROLE -> shield(s, cx, cy, r);
            case GROUP -> group(s, cx, cy, r);
            case AI_AGENT -> sparkle(s, cx, cy, r);
            case WORKLOAD -> container(s, cx, cy, r, cutout);
            case CREDENTIAL -> key(s, cx, cy, r, cutout);
            case FEDERATED_PRINCIPAL -> rings(s, cx, cy, r, color);
            case SERVICE -> cloud(s, cx, cy, r);
            case EXTERNAL_ACCOUNT -> polygon(s, cx, cy, r, 4, 0);
            case POLICY -> page(s, cx, cy, r, cutout);
            case RESOURCE -> cylinder(s, cx, cy, r, color, cutout);
        }
    }

    private static void person(DiagramSurface s, double cx, double cy, double r) {
        s.fillOval(cx - r * 0.42, cy - r, r * 0.84, r * 0.84);
        s.fillRoundRect(cx - r * 0.8, cy + r * 0.05, r * 1.6, r * 0.95, r * 0.9);
    }

    private static void polygon(DiagramSurface s, double cx, double cy, double r, int corners, double turn) {
        double[] xs = new double[corners];
        double[] ys = new double[corners];
        for (int i = 0; i < corners; i++) {
            double a = turn + 2 * Math.PI * i / corners - Math.PI / 2;
            xs[i] = cx + r * Math.cos(a);
            ys[i] = cy + r * Math.sin(a);
        }
        s.fillPolygon(xs, ys, corners);
    }

    private static void shield(DiagramSurface s, double cx, double cy, double r) {
        s.fillPolygon(
                new double[] {cx - r * 0.85, cx + r * 0.85, cx + r * 0.8, cx, cx - r * 0.8},
                new double[] {cy - r * 0.9, cy - r * 0.9, cy + r * 0.1, cy + r, cy + r * 0.1},
                5);
    }

    private static void group(DiagramSurface s, double cx, double cy, double r) {
        double h = r * 0.5;
        s.fillOval(cx - r, cy - h * 0.2, h * 1.2, h * 1.2);
        s.fillOval(cx + r - h * 1.2, cy - h * 0.2, h * 1.2, h * 1.2);
        s.fillOval(cx - h * 0.7, cy - r, h * 1.4, h * 1.4);
        s.fillRoundRect(cx - r, cy + h * 0.9, r * 2, r * 0.6, r * 0.4);
    }

    private static void sparkle(DiagramSurface s, double cx, double cy, double r) {
        double[] xs = new double[8];
        double[] ys = new double[8];
        for (int i = 0; i < 8; i++) {
            double a = Math.PI * i / 4 - Math.PI / 2;
            double d = i % 2 == 0 ? r : r * 0.32;
            xs[i] = cx + d * Math.cos(a);
            ys[i] = cy + d * Math.sin(a);
        }
        s.fillPolygon(xs, ys, 8);
    }

    private static void container(DiagramSurface s, double cx, double cy, double r, Color cutout) {
        s.fillRoundRect(cx - r * 0.9, cy - r * 0.9, r * 1.8, r * 1.8, r * 0.5);
        s.setFill(cutout);
        s.fillRect(cx - r * 0.45, cy - r * 0.45, r * 0.9, r * 0.9);
    }

    private static void key(DiagramSurface s, double cx, double cy, double r, Color cutout) {
        s.fillOval(cx - r, cy - r * 0.55, r * 1.1, r * 1.1);
        s.fillRect(cx - r * 0.1, cy - r * 0.16, r * 1.1, r * 0.32);
        s.fillRect(cx + r * 0.6, cy, r * 0.25, r * 0.5);
        s.setFill(cutout);
        s.fillOval(cx - r * 0.65, cy - r * 0.2, r * 0.4, r * 0.4);
    }

    private static void rings(DiagramSurface s, double cx, double cy, double r, Color color) {
        s.setStroke(color, r * 0.32);
        s.strokeOval(cx - r, cy - r * 0.55, r * 1.1, r * 1.1);
        s.strokeOval(cx - r * 0.1, cy - r * 0.55, r * 1.1, r * 1.1);
    }

    private static void cloud(DiagramSurface s, double cx, double cy, double r) {
        s.fillOval(cx - r, cy - r * 0.1, r * 0.9, r * 0.9);
        s.fillOval(cx - r * 0.5, cy - r * 0.75, r * 1.1, r * 1.1);
        s.fillOval(cx + r * 0.1, cy - r * 0.2, r * 0.9, r * 0.9);
        s.fillRect(cx - r * 0.55, cy + r * 0.2, r * 1.1, r * 0.6);
    }

    private static void page(DiagramSurface s, double cx, double cy, double r, Color cutout) {
        s.fillPolygon(
                new double[] {cx - r * 0.75, cx + r * 0.3, cx + r * 0.75, cx + r * 0.75, cx - r * 0.75},
                new double[] {cy - r, cy - r, cy - r * 0.55, cy + r, cy + r},
                5);
        s.setFill(cutout);
        for (int line = 0; line < 3; line++) {
            s.fillRect(cx - r * 0.45, cy - r * 0.2 + line * r * 0.4, r * 0.9, r * 0.14);
        }
    }

    private static void cylinder(DiagramSurface s, double cx, double cy, double r, Color body, Color cutout) {
        s.fillRect(cx - r * 0.85, cy - r * 0.65, r * 1.7, r * 1.3);
        s.fillOval(cx - r * 0.85, cy + r * 0.3, r * 1.7, r * 0.7);
        s.fillOval(cx - r * 0.85, cy - r, r * 1.7, r * 0.7);
        s.setFill(body.interpolate(cutout, 0.5));
        s.fillOval(cx - r * 0.6, cy - r * 0.88, r * 1.2, r * 0.44);
    }
}
