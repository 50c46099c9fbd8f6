package io.blastwall.app.ui.graph;

/**
 * The cubic Bézier an edge is drawn as: in the hop layout from the right side of its source to the left side
 * of its target, in the force layout a straight line between the boxes' borders. Shared by painting,
 * export and hit-testing, so that a click hits what is drawn.
 */
public record EdgeCurve(double x1, double y1, double c1x, double c1y, double c2x, double c2y, double x2, double y2) {
    private static final int SAMPLES = 32;

    public static EdgeCurve between(DiagramNode from, DiagramNode to) {
        double x1 = from.right();
        double y1 = from.centerY();
        double x2 = to.x();
        double y2 = to.centerY();
        double bend = Math.max(48, Math.abs(x2 - x1) / 2);
        return new EdgeCurve(x1, y1, x1 + bend, y1, x2 - bend, y2, x2, y2);
    }

    /** A straight segment from border to border of the two boxes, along the line between their centres. */
    public static EdgeCurve straight(DiagramNode from, DiagramNode to) {
        double[] a = border(from, to.centerX(), to.centerY());
        double[] b = border(to, from.centerX(), from.centerY());
        return new EdgeCurve(a[0], a[1], a[0] + (b[0] - a[0]) / 3, a[1] + (b[1] - a[1]) / 3,
                a[0] + 2 * (b[0] - a[0]) / 3, a[1] + 2 * (b[1] - a[1]) / 3, b[0], b[1]);
    }

    /** Where the line from the centre of {@code box} towards a point leaves the box. */
    private static double[] border(DiagramNode box, double towardsX, double towardsY) {
        double cx = box.centerX();
        double cy = box.centerY();
        double ux = towardsX - cx;
        double uy = towardsY - cy;
        if (ux == 0 && uy == 0) {
            return new double[] {cx, cy};
        }
        double tx = ux == 0 ? Double.MAX_VALUE : (box.width() / 2) / Math.abs(ux);
        double ty = uy == 0 ? Double.MAX_VALUE : (box.height() / 2) / Math.abs(uy);
        double t = Math.min(1, Math.min(tx, ty));
        return new double[] {cx + ux * t, cy + uy * t};
    }

    /** The smallest box holding the curve (the hull of its control points). */
    double minX() {
        return Math.min(Math.min(x1, x2), Math.min(c1x, c2x));
    }

    double minY() {
        return Math.min(Math.min(y1, y2), Math.min(c1y, c2y));
    }

    double maxX() {
        return Math.max(Math.max(x1, x2), Math.max(c1x, c2x));
    }

    double maxY() {
        return Math.max(Math.max(y1, y2), Math.max(c1y, c2y));
    }

    /** Whether it is drawn as a straight segment (its control points lie on the chord). */
    boolean isStraight() {
        double cross1 = (c1x - x1) * (y2 - y1) - (c1y - y1) * (x2 - x1);
        double cross2 = (c2x - x1) * (y2 - y1) - (c2y - y1) * (x2 - x1);
        return Math.abs(cross1) < 1e-6 && Math.abs(cross2) < 1e-6;
    }

    /** The point at {@code t} in [0, 1]. */
    public double[] pointAt(double t) {
        double u = 1 - t;
        double a = u * u * u;
        double b = 3 * u * u * t;
        double c = 3 * u * t * t;
        double d = t * t * t;
        return new double[] {a * x1 + b * c1x + c * c2x + d * x2, a * y1 + b * c1y + c * c2y + d * y2};
    }

    /** Angle of the curve where it arrives, for the arrowhead. */
    public double arrivalAngle() {
        return Math.atan2(y2 - c2y, x2 - c2x);
    }

    /** Approximate shortest distance from a point to the curve. */
    public double distanceTo(double px, double py) {
        if (isStraight()) {
            return segmentDistance(px, py, new double[] {x1, y1}, new double[] {x2, y2});
        }
        double best = Double.MAX_VALUE;
        double[] previous = pointAt(0);
        for (int i = 1; i <= SAMPLES; i++) {
            double[] next = pointAt((double) i / SAMPLES);
            best = Math.min(best, segmentDistance(px, py, previous, next));
            previous = next;
        }
        return best;
    }

    private static double segmentDistance(double px, double py, double[] a, double[] b) {
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : ((px - a[0]) * dx + (py - a[1]) * dy) / lengthSquared;
        t = Math.max(0, Math.min(1, t));
        return Math.hypot(px - (a[0] + t * dx), py - (a[1] + t * dy));
    }
}
