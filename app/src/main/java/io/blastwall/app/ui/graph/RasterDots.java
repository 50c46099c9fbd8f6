package io.blastwall.app.ui.graph;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * The crowded level of detail rasterised in Java ({@link PixelRaster}, through a {@link DotLayer} that only
 * copies while the view pans), then handed to the canvas as a single image. Without a GPU the JavaFX
 * software pipeline spends far longer per anti-aliased line than this does per pixel; with one it is still a
 * single texture upload per frame.
 */
final class RasterDots implements DotSink {
    private final GraphicsContext gc;
    private final DotLayer layer;
    private PixelRaster frame = new PixelRaster(1, 1);
    private PixelSink direct = new PixelSink(frame);
    private WritableImage image = new WritableImage(1, 1);

    RasterDots(GraphicsContext gc, DotLayer layer) {
        this.gc = gc;
        this.layer = layer;
    }

    /** Draws the crowded level of the view through the cached layer, and shows it. */
    void paintLayer(double width, double height, Viewport view, PaintState st, DotPainter painter) {
        resize(width, height);
        layer.render(frame, view, st, painter);
        finish();
    }

    DotLayer layer() {
        return layer;
    }

    @Override
    public void clear(Color background, double width, double height) {
        resize(width, height);
        direct.clear(background, width, height);
    }

    @Override
    public void color(Color color) {
        direct.color(color);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int thickness) {
        direct.line(x1, y1, x2, y2, thickness);
    }

    @Override
    public void rect(double x, double y, double w, double h) {
        direct.rect(x, y, w, h);
    }

    @Override
    public void finish() {
        image.getPixelWriter().setPixels(0, 0, frame.width(), frame.height(), PixelFormat.getIntArgbPreInstance(),
                frame.pixels(), 0, frame.width());
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.setGlobalAlpha(1);
        gc.drawImage(image, 0, 0);
    }

    private void resize(double width, double height) {
        int w = Math.max(1, (int) Math.ceil(width));
        int h = Math.max(1, (int) Math.ceil(height));
        if (w != frame.width() || h != frame.height()) {
            frame = new PixelRaster(w, h);
            direct = new PixelSink(frame);
            image = new WritableImage(w, h);
        }
    }

    static int argb(Color c) {
        return 0xff000000 | ((int) Math.round(c.getRed() * 255) << 16) | ((int) Math.round(c.getGreen() * 255) << 8)
                | (int) Math.round(c.getBlue() * 255);
    }
}
