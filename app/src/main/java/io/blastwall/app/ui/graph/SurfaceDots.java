package io.blastwall.app.ui.graph;

import javafx.scene.paint.Color;

/** The crowded level of detail as vector calls on a surface: {@code strokeLine} and {@code fillRect} per batch. */
final class SurfaceDots implements DotSink {
    private final DiagramSurface surface;
    private Color current = Color.BLACK;
    private int width = 1;

    SurfaceDots(DiagramSurface surface) {
        this.surface = surface;
    }

    @Override
    public void clear(Color background, double width, double height) {
        surface.setTransform(1, 0, 0);
        surface.setAlpha(1);
        surface.setFill(background);
        surface.fillRect(0, 0, width, height);
    }

    @Override
    public void color(Color color) {
        current = color;
        surface.setFill(color);
        surface.setStroke(color, width);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int thickness) {
        if (thickness != width) {
            width = thickness;
            surface.setStroke(current, thickness);
        }
        surface.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void rect(double x, double y, double w, double h) {
        surface.fillRect(x, y, w, h);
    }

    @Override
    public void finish() {}
}
