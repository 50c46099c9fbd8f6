package io.blastwall.app.ui.graph;

/** An axis-aligned rectangle in diagram (world) coordinates. */
record WorldRect(double minX, double minY, double maxX, double maxY) {
    static final WorldRect EVERYTHING =
            new WorldRect(-Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE);

    boolean intersects(double x0, double y0, double x1, double y1) {
        return x1 >= minX && x0 <= maxX && y1 >= minY && y0 <= maxY;
    }

    boolean covers(double x0, double y0, double x1, double y1) {
        return x0 >= minX && x1 <= maxX && y0 >= minY && y1 <= maxY;
    }

    WorldRect grownBy(double margin) {
        return new WorldRect(minX - margin, minY - margin, maxX + margin, maxY + margin);
    }
}
