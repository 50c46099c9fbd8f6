package io.blastwall.app.ui.graph;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/** The painter's surface on screen: a canvas's {@link GraphicsContext}. FX thread only. */
final class CanvasSurface implements DiagramSurface {
    private final GraphicsContext gc;
    private final TextFitter fitter = new TextFitter();
    private final Map<TextStyle, Font> fonts = new HashMap<>();

    CanvasSurface(GraphicsContext gc) {
        this.gc = gc;
        gc.setTextBaseline(VPos.BASELINE);
    }

    @Override
    public void setTransform(double scale, double offsetX, double offsetY) {
        gc.setTransform(scale, 0, 0, scale, offsetX, offsetY);
    }

    @Override
    public void setAlpha(double alpha) {
        gc.setGlobalAlpha(alpha);
    }

    @Override
    public void setFill(Color color) {
        gc.setFill(color);
    }

    @Override
    public void setStroke(Color color, double width) {
        gc.setStroke(color);
        gc.setLineWidth(width);
        gc.setLineDashes();
    }

    @Override
    public void setDashes(double... dashes) {
        gc.setLineDashes(dashes);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        gc.fillRect(x, y, w, h);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc) {
        gc.fillRoundRect(x, y, w, h, arc, arc);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc) {
        gc.strokeRoundRect(x, y, w, h, arc, arc);
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        gc.fillOval(x, y, w, h);
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        gc.strokeOval(x, y, w, h);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        gc.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int points) {
        gc.fillPolygon(xs, ys, points);
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int points) {
        gc.strokePolygon(xs, ys, points);
    }

    @Override
    public void strokeCubic(double x1, double y1, double c1x, double c1y, double c2x, double c2y, double x2, double y2) {
        gc.beginPath();
        gc.moveTo(x1, y1);
        gc.bezierCurveTo(c1x, c1y, c2x, c2y, x2, y2);
        gc.stroke();
    }

    @Override
    public void fillText(String text, TextStyle style, double x, double baselineY, TextAnchor anchor) {
        gc.setFont(font(style));
        gc.setTextAlign(anchor == TextAnchor.MIDDLE ? TextAlignment.CENTER : TextAlignment.LEFT);
        gc.fillText(text, x, baselineY);
    }

    @Override
    public double textWidth(String text, TextStyle style) {
        return fitter.width(text, font(style));
    }

    @Override
    public String fitEnd(String text, TextStyle style, double maxWidth) {
        return fitter.fit(text, font(style), maxWidth);
    }

    @Override
    public String fitMiddle(String text, TextStyle style, double maxWidth) {
        return text.contains(" ") ? fitter.fit(text, font(style), maxWidth) : fitter.fitMiddle(text, font(style), maxWidth);
    }

    private Font font(TextStyle style) {
        return fonts.computeIfAbsent(style, st ->
                Font.font("System", st.bold() ? FontWeight.BOLD : FontWeight.NORMAL, st.size()));
    }
}
