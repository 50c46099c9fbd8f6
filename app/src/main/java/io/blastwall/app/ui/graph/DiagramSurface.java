package io.blastwall.app.ui.graph;

import javafx.scene.paint.Color;

/**
 * What the radius painter draws on: the canvas on screen ({@link CanvasSurface}) or an SVG document
 * ({@link SvgSurface}). One painter for both keeps the export exactly like the screen. Coordinates pass
 * through the current transform ({@code surface = world * scale + offset}); text is placed by its baseline.
 */
interface DiagramSurface {

    void setTransform(double scale, double offsetX, double offsetY);

    /** Opacity for everything drawn next, 0 to 1. */
    void setAlpha(double alpha);

    void setFill(Color color);

    /** Stroke colour and width (in the current transform's units); the dash pattern is reset to solid. */
    void setStroke(Color color, double width);

    /** Dash lengths for the next strokes; no argument means solid. */
    void setDashes(double... dashes);

    void fillRect(double x, double y, double w, double h);

    void fillRoundRect(double x, double y, double w, double h, double arc);

    void strokeRoundRect(double x, double y, double w, double h, double arc);

    void fillOval(double x, double y, double w, double h);

    void strokeOval(double x, double y, double w, double h);

    void strokeLine(double x1, double y1, double x2, double y2);

    void fillPolygon(double[] xs, double[] ys, int points);

    void strokePolygon(double[] xs, double[] ys, int points);

    /** Strokes a cubic Bézier from {@code (x1, y1)} through two control points to {@code (x2, y2)}. */
    void strokeCubic(double x1, double y1, double c1x, double c1y, double c2x, double c2y, double x2, double y2);

    void fillText(String text, TextStyle style, double x, double baselineY, TextAnchor anchor);

    /** How wide a text is drawn in a style (measured on screen, estimated in SVG). */
    double textWidth(String text, TextStyle style);

    /** The text shortened at its end to fit {@code maxWidth}. */
    String fitEnd(String text, TextStyle style, double maxWidth);

    /** The text shortened in its middle to fit {@code maxWidth} (names differ at both ends). */
    String fitMiddle(String text, TextStyle style, double maxWidth);
}
