package io.blastwall.app.ui.graph;

import java.util.Arrays;

/**
 * An opaque ARGB image in an int array with the two primitives the crowded level of detail needs: lines one
 * pixel wide (clipped, then stepped in 16.16 fixed point along their major axis) and filled rectangles. Pure
 * Java, so it can be filled on any thread.
 */
final class PixelRaster {
    private final int width;
    private final int height;
    private final int[] pixels;

    PixelRaster(int width, int height) {
        this.width = Math.max(1, width);
        this.height = Math.max(1, height);
        this.pixels = new int[this.width * this.height];
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    int[] pixels() {
        return pixels;
    }

    void fill(int argb) {
        Arrays.fill(pixels, argb);
    }

    void rect(double x, double y, double w, double h, int argb) {
        int x0 = clamp((int) Math.floor(x), width);
        int y0 = clamp((int) Math.floor(y), height);
        int x1 = clamp((int) Math.ceil(x + w), width);
        int y1 = clamp((int) Math.ceil(y + h), height);
        if (x1 <= x0) {
            return;
        }
        for (int row = y0; row < y1; row++) {
            Arrays.fill(pixels, row * width + x0, row * width + x1, argb);
        }
    }

    /** A line {@code thickness} pixels wide (1 to 3), the extra pixels beside it across its major axis. */
    void line(double x1, double y1, double x2, double y2, int thickness, int argb) {
        boolean flat = Math.abs(x2 - x1) >= Math.abs(y2 - y1);
        for (int t = 0; t < thickness; t++) {
            int offset = t == 0 ? 0 : t % 2 == 1 ? (t + 1) / 2 : -(t / 2);
            segment(x1 + (flat ? 0 : offset), y1 + (flat ? offset : 0), x2 + (flat ? 0 : offset),
                    y2 + (flat ? offset : 0), argb);
        }
    }

    private void segment(double x1, double y1, double x2, double y2, int argb) {
        // Liang–Barsky against [0, width - 1] x [0, height - 1]
        double t0 = 0;
        double t1 = 1;
        double dx = x2 - x1;
        double dy = y2 - y1;
        double maxX = width - 1;
        double maxY = height - 1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x1, maxX - x1, y1, maxY - y1};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return;
                }
            } else {
                double r = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, r);
                } else {
                    t1 = Math.min(t1, r);
                }
            }
        }
        if (t0 > t1) {
            return;
        }
        double ax = x1 + t0 * dx;
        double ay = y1 + t0 * dy;
        double bx = x1 + t1 * dx;
        double by = y1 + t1 * dy;
        if (Math.abs(bx - ax) >= Math.abs(by - ay)) {
            stepAlongX(ax, ay, bx, by, argb);
        } else {
            stepAlongY(ax, ay, bx, by, argb);
        }
    }

    private void stepAlongX(double ax, double ay, double bx, double by, int argb) {
        if (bx < ax) {
            stepAlongX(bx, by, ax, ay, argb);
            return;
        }
        int xStart = (int) Math.round(ax);
        int xEnd = (int) Math.round(bx);
        int steps = xEnd - xStart;
        long y = Math.round(ay * 65536.0) + 32768;
        long slope = steps == 0 ? 0 : Math.round((by - ay) / steps * 65536.0);
        int[] px = pixels;
        int w = width;
        int maxRow = height - 1;
        for (int x = xStart; x <= xEnd; x++) {
            int row = (int) (y >> 16);
            px[Math.min(maxRow, Math.max(0, row)) * w + x] = argb;
            y += slope;
        }
    }

    private void stepAlongY(double ax, double ay, double bx, double by, int argb) {
        if (by < ay) {
            stepAlongY(bx, by, ax, ay, argb);
            return;
        }
        int yStart = (int) Math.round(ay);
        int yEnd = (int) Math.round(by);
        int steps = yEnd - yStart;
        long x = Math.round(ax * 65536.0) + 32768;
        long slope = steps == 0 ? 0 : Math.round((bx - ax) / steps * 65536.0);
        int[] px = pixels;
        int w = width;
        int maxColumn = width - 1;
        for (int row = yStart; row <= yEnd; row++) {
            int column = (int) (x >> 16);
            px[row * w + Math.min(maxColumn, Math.max(0, column))] = argb;
            x += slope;
        }
    }

    /** Copies the part of {@code source} at {@code (fromX, fromY)} over all of this raster; outside is {@code argb}. */
    void copyFrom(PixelRaster source, int fromX, int fromY, int argb) {
        for (int row = 0; row < height; row++) {
            int sourceRow = row + fromY;
            int base = row * width;
            if (sourceRow < 0 || sourceRow >= source.height) {
                Arrays.fill(pixels, base, base + width, argb);
                continue;
            }
            int x0 = Math.max(0, -fromX);
            int x1 = Math.min(width, source.width - fromX);
            if (x1 <= x0) {
                Arrays.fill(pixels, base, base + width, argb);
                continue;
            }
            if (x0 > 0) {
                Arrays.fill(pixels, base, base + x0, argb);
            }
            System.arraycopy(source.pixels, sourceRow * source.width + fromX + x0, pixels, base + x0, x1 - x0);
            if (x1 < width) {
                Arrays.fill(pixels, base + x1, base + width, argb);
            }
        }
    }

    /** Fills this raster from {@code source} by nearest pixel: row {@code y} column {@code x} takes the source's
     * pixel at {@code (columns[x], rows[y])}, or {@code argb} where that lies outside it. */
    void sample(PixelRaster source, int[] columns, int[] rows, int argb) {
        int[] from = source.pixels;
        for (int y = 0; y < height; y++) {
            int base = y * width;
            int sourceRow = rows[y];
            if (sourceRow < 0 || sourceRow >= source.height) {
                Arrays.fill(pixels, base, base + width, argb);
                continue;
            }
            int sourceBase = sourceRow * source.width;
            for (int x = 0; x < width; x++) {
                int column = columns[x];
                pixels[base + x] = column >= 0 && column < source.width ? from[sourceBase + column] : argb;
            }
        }
    }

    private static int clamp(int v, int max) {
        return Math.max(0, Math.min(max, v));
    }
}
