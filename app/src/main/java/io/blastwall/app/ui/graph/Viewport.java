package io.blastwall.app.ui.graph;

/**
 * The mapping from diagram (world) coordinates to canvas pixels: {@code screen = world * scale + offset}.
 * Mutable view state of one canvas; only used on the FX thread.
 */
public final class Viewport {
    static final double MIN_SCALE = 0.004;
    static final double MAX_SCALE = 3;
    private static final double FIT_MAX_SCALE = 1.2;

    private double scale = 1;
    private double offsetX;
    private double offsetY;

    public double scale() {
        return scale;
    }

    public double toScreenX(double worldX) {
        return worldX * scale + offsetX;
    }

    public double toScreenY(double worldY) {
        return worldY * scale + offsetY;
    }

    public double toWorldX(double screenX) {
        return (screenX - offsetX) / scale;
    }

    public double toWorldY(double screenY) {
        return (screenY - offsetY) / scale;
    }

    /** Shows the whole world rectangle centred in a canvas of the given size, never enlarged much. */
    public void fit(double minX, double minY, double maxX, double maxY, double width, double height, double margin) {
        double worldWidth = Math.max(1, maxX - minX);
        double worldHeight = Math.max(1, maxY - minY);
        double usableWidth = Math.max(1, width - 2 * margin);
        double usableHeight = Math.max(1, height - 2 * margin);
        scale = clamp(Math.min(FIT_MAX_SCALE, Math.min(usableWidth / worldWidth, usableHeight / worldHeight)));
        offsetX = (width - worldWidth * scale) / 2 - minX * scale;
        offsetY = (height - worldHeight * scale) / 2 - minY * scale;
    }

    /**
     * Like {@link #fit}, but keeps clear of a box of {@code keepOutWidth} x {@code keepOutHeight} pixels in the
     * lower left corner (the legend): the world goes either above the box or to its right, whichever shows it
     * larger, and the whole canvas when the box is empty.
     */
    public void fitBeside(double minX, double minY, double maxX, double maxY, double width, double height,
            double margin, double keepOutWidth, double keepOutHeight) {
        if (keepOutWidth <= 0 || keepOutHeight <= 0 || keepOutWidth >= width || keepOutHeight >= height) {
            fit(minX, minY, maxX, maxY, width, height, margin);
            return;
        }
        fit(minX, minY, maxX, maxY, width, height - keepOutHeight, margin);
        double above = scale;
        double aboveX = offsetX;
        double aboveY = offsetY;
        fit(minX, minY, maxX, maxY, width - keepOutWidth, height, margin);
        if (above >= scale) {
            scale = above;
            offsetX = aboveX;
            offsetY = aboveY;
        } else {
            offsetX += keepOutWidth;
        }
    }

    /** Zooms by {@code factor}, keeping the world point under the screen point where it is. */
    public void zoomAt(double factor, double screenX, double screenY) {
        double worldX = toWorldX(screenX);
        double worldY = toWorldY(screenY);
        scale = clamp(scale * factor);
        offsetX = screenX - worldX * scale;
        offsetY = screenY - worldY * scale;
    }

    /** Scale 1 with the world point {@code (worldX, worldY)} at the screen point {@code (screenX, screenY)}. */
    public void reset(double worldX, double worldY, double screenX, double screenY) {
        scale = 1;
        offsetX = screenX - worldX;
        offsetY = screenY - worldY;
    }

    /** A viewport with the given mapping. */
    public static Viewport of(double scale, double offsetX, double offsetY) {
        Viewport v = new Viewport();
        v.scale = scale;
        v.offsetX = offsetX;
        v.offsetY = offsetY;
        return v;
    }

    /** An independent viewport with the same mapping. */
    public Viewport copy() {
        Viewport copy = new Viewport();
        copy.scale = scale;
        copy.offsetX = offsetX;
        copy.offsetY = offsetY;
        return copy;
    }

    public void pan(double dx, double dy) {
        offsetX += dx;
        offsetY += dy;
    }

    private static double clamp(double s) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
    }
}
