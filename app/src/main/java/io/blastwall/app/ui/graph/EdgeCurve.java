package io.blastwall.app.ui.graph;

/**
 * The cubic Bézier an edge is drawn as, from the right side of its source to the left side of its target;
 * shared by painting and hit-testing so that a click hits what is drawn.
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
