package io.blastwall.app.ui.graph;

import javafx.scene.paint.Color;

/** A {@link DotSink} that draws into a {@link PixelRaster}. Needs no FX toolkit. */
final class PixelSink implements DotSink {
    private final PixelRaster raster;
    private int argb;

    PixelSink(PixelRaster raster) {
        this.raster = raster;
    }

    @Override
    public void clear(Color background, double width, double height) {
        raster.fill(RasterDots.argb(background));
    }

    @Override
    public void color(Color color) {
        argb = RasterDots.argb(color);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int thickness) {
        raster.line(x1, y1, x2, y2, thickness, argb);
    }

    @Override
    public void rect(double x, double y, double w, double h) {
        raster.rect(x, y, w, h, argb);
    }

    @Override
    public void finish() {}
}
