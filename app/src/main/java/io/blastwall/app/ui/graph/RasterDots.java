package io.blastwall.app.ui.graph;

import java.util.Arrays;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * The crowded level of detail rasterised in Java into one int array (clipped Bresenham lines, filled
 * rectangles), then handed to the canvas as a single image. Without a GPU the JavaFX software pipeline spends
 * far longer per anti-aliased line than this does per pixel; with one it is still a single texture upload.
 */
final class RasterDots implements DotSink {
    private final GraphicsContext gc;
    private int width;
    private int height;
    private int[] pixels = new int[0];
    private WritableImage image = new WritableImage(1, 1);
    private int argb;

    RasterDots(GraphicsContext gc) {
        this.gc = gc;
    }

    @Override
    public void clear(Color background, double w, double h) {
        int newWidth = Math.max(1, (int) Math.ceil(w));
        int newHeight = Math.max(1, (int) Math.ceil(h));
        if (newWidth != width || newHeight != height) {
            width = newWidth;
            height = newHeight;
            pixels = new int[width * height];
            image = new WritableImage(width, height);
        }
        Arrays.fill(pixels, argb(background));
    }

    @Override
    public void color(Color color) {
        argb = argb(color);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int thickness) {
        double[] clipped = clip(x1, y1, x2, y2);
        if (clipped.length == 0) {
            return;
        }
        int ax = (int) clipped[0];
        int ay = (int) clipped[1];
        int bx = (int) clipped[2];
        int by = (int) clipped[3];
        boolean flat = Math.abs(bx - ax) >= Math.abs(by - ay);
        for (int t = 0; t < thickness; t++) {
            int offset = t == 0 ? 0 : t % 2 == 1 ? (t + 1) / 2 : -(t / 2);
            bresenham(ax + (flat ? 0 : offset), ay + (flat ? offset : 0), bx + (flat ? 0 : offset),
                    by + (flat ? offset : 0));
        }
    }

    @Override
    public void rect(double x, double y, double w, double h) {
        int x0 = Math.max(0, (int) Math.floor(x));
        int y0 = Math.max(0, (int) Math.floor(y));
        int x1 = Math.min(width, (int) Math.ceil(x + w));
        int y1 = Math.min(height, (int) Math.ceil(y + h));
        for (int row = y0; row < y1; row++) {
            Arrays.fill(pixels, row * width + x0, Math.max(row * width + x0, row * width + x1), argb);
        }
    }

    @Override
    public void finish() {
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(), pixels, 0, width);
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.setGlobalAlpha(1);
        gc.drawImage(image, 0, 0);
    }

    private void bresenham(int x0, int y0, int x1, int y1) {
        int dx = Math.abs(x1 - x0);
        int dy = -Math.abs(y1 - y0);
        int sx = x0 < x1 ? 1 : -1;
        int sy = y0 < y1 ? 1 : -1;
        int err = dx + dy;
        int x = x0;
        int y = y0;
        while (true) {
            if (x >= 0 && x < width && y >= 0 && y < height) {
                pixels[y * width + x] = argb;
            }
            if (x == x1 && y == y1) {
                return;
            }
            int e2 = 2 * err;
            if (e2 >= dy) {
                err += dy;
                x += sx;
            }
            if (e2 <= dx) {
                err += dx;
                y += sy;
            }
        }
    }

    /** Liang–Barsky: the part of the segment inside the image, or nothing. */
    private double[] clip(double x1, double y1, double x2, double y2) {
        double t0 = 0;
        double t1 = 1;
        double dx = x2 - x1;
        double dy = y2 - y1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x1, width - 1 - x1, y1, height - 1 - y1};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return new double[0];
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
            return new double[0];
        }
        return new double[] {x1 + t0 * dx, y1 + t0 * dy, x1 + t1 * dx, y1 + t1 * dy};
    }

    static int argb(Color c) {
        return 0xff000000 | ((int) Math.round(c.getRed() * 255) << 16) | ((int) Math.round(c.getGreen() * 255) << 8)
                | (int) Math.round(c.getBlue() * 255);
    }
}
