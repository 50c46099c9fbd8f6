package io.blastwall.app.ui.graph;

import javafx.scene.paint.Color;

/**
 * Where the crowded level of detail draws, in screen pixels: opaque colours (the caller blends faded ones
 * with the background), plain lines and rectangles. {@link RasterDots} writes pixels into one image,
 * {@link SurfaceDots} issues canvas calls (strokeLine, fillRect) batched by colour.
 */
interface DotSink {

    void clear(Color background, double width, double height);

    /** The colour of what is drawn next; callers change it once per batch. */
    void color(Color color);

    /** A line one to three pixels thick. */
    void line(double x1, double y1, double x2, double y2, int thickness);

    void rect(double x, double y, double w, double h);

    /** Shows what was drawn. */
    void finish();
}
