package io.blastwall.app.ui.graph;

import java.util.Locale;
import javafx.scene.paint.Color;

/**
 * The painter's surface for export: appends SVG elements to a document body, applying the current transform
 * to coordinates, widths and font sizes itself. Text is shortened with an estimate of glyph widths, as no
 * font is measured (no FX toolkit needed).
 */
final class SvgSurface implements DiagramSurface {
    static final String FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif";

    private final StringBuilder out = new StringBuilder(1 << 16);
    private double scale = 1;
    private double offsetX;
    private double offsetY;
    private double alpha = 1;
    private Color fill = Color.BLACK;
    private Color stroke = Color.BLACK;
    private double strokeWidth = 1;
    private double[] dashes = new double[0];

    String body() {
        return out.toString();
    }

    /** Appends raw markup (a comment or a group tag) between painted elements. */
    void raw(String markup) {
        out.append(markup);
    }

    @Override
    public void setTransform(double newScale, double newOffsetX, double newOffsetY) {
        scale = newScale;
        offsetX = newOffsetX;
        offsetY = newOffsetY;
    }

    @Override
    public void setAlpha(double newAlpha) {
        alpha = newAlpha;
    }

    @Override
    public void setFill(Color color) {
        fill = color;
    }

    @Override
    public void setStroke(Color color, double width) {
        stroke = color;
        strokeWidth = width;
        dashes = new double[0];
    }

    @Override
    public void setDashes(double... newDashes) {
        dashes = newDashes.clone();
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        out.append("<rect x=\"").append(n(sx(x))).append("\" y=\"").append(n(sy(y))).append("\" width=\"")
                .append(n(w * scale)).append("\" height=\"").append(n(h * scale)).append('"').append(fillAttrs())
                .append("/>\n");
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc) {
        roundRect(x, y, w, h, arc, fillAttrs());
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc) {
        roundRect(x, y, w, h, arc, strokeAttrs());
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        ellipse(x, y, w, h, fillAttrs());
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        ellipse(x, y, w, h, strokeAttrs());
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        out.append("<line x1=\"").append(n(sx(x1))).append("\" y1=\"").append(n(sy(y1))).append("\" x2=\"")
                .append(n(sx(x2))).append("\" y2=\"").append(n(sy(y2))).append('"').append(strokeAttrs())
                .append("/>\n");
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int points) {
        polygon(xs, ys, points, fillAttrs());
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int points) {
        polygon(xs, ys, points, strokeAttrs());
    }

    @Override
    public void strokeCubic(double x1, double y1, double c1x, double c1y, double c2x, double c2y, double x2, double y2) {
        out.append("<path d=\"M").append(n(sx(x1))).append(' ').append(n(sy(y1))).append(" C")
                .append(n(sx(c1x))).append(' ').append(n(sy(c1y))).append(' ')
                .append(n(sx(c2x))).append(' ').append(n(sy(c2y))).append(' ')
                .append(n(sx(x2))).append(' ').append(n(sy(y2))).append('"').append(strokeAttrs()).append("/>\n");
    }

    @Override
    public void fillText(String text, TextStyle style, double x, double baselineY, TextAnchor anchor) {
        out.append("<text x=\"").append(n(sx(x))).append("\" y=\"").append(n(sy(baselineY)))
                .append("\" font-size=\"").append(n(style.size() * scale)).append('"');
        if (style.bold()) {
            out.append(" font-weight=\"bold\"");
        }
        if (anchor == TextAnchor.MIDDLE) {
            out.append(" text-anchor=\"middle\"");
        }
        out.append(fillAttrs()).append('>').append(Xml.escape(text)).append("</text>\n");
    }

    @Override
    public double textWidth(String text, TextStyle style) {
        return text.length() * glyphWidth(style);
    }

    @Override
    public String fitEnd(String text, TextStyle style, double maxWidth) {
        int fits = fittingChars(style, maxWidth);
        return text.length() <= fits ? text : text.substring(0, Math.max(0, fits - 1)) + "\u2026";
    }

    @Override
    public String fitMiddle(String text, TextStyle style, double maxWidth) {
        if (text.contains(" ")) {
            return fitEnd(text, style, maxWidth);
        }
        int fits = fittingChars(style, maxWidth);
        if (text.length() <= fits) {
            return text;
        }
        int kept = Math.max(0, fits - 1);
        int head = (kept + 1) / 2 + (kept > 6 ? 1 : 0);
        int tail = Math.max(0, kept - head);
        return text.substring(0, Math.min(head, text.length())) + "\u2026" + text.substring(text.length() - tail);
    }

    /** An estimate of how many characters of a style fit a width (average glyph widths of a sans-serif). */
    private static int fittingChars(TextStyle style, double maxWidth) {
        return (int) Math.floor(maxWidth / glyphWidth(style));
    }

    private static double glyphWidth(TextStyle style) {
        return style.size() * (style.bold() ? 0.63 : 0.55);
    }

    private void roundRect(double x, double y, double w, double h, double arc, String attrs) {
        out.append("<rect x=\"").append(n(sx(x))).append("\" y=\"").append(n(sy(y))).append("\" width=\"")
                .append(n(w * scale)).append("\" height=\"").append(n(h * scale)).append("\" rx=\"")
                .append(n(arc / 2 * scale)).append('"').append(attrs).append("/>\n");
    }

    private void ellipse(double x, double y, double w, double h, String attrs) {
        out.append("<ellipse cx=\"").append(n(sx(x + w / 2))).append("\" cy=\"").append(n(sy(y + h / 2)))
                .append("\" rx=\"").append(n(w / 2 * scale)).append("\" ry=\"").append(n(h / 2 * scale)).append('"')
                .append(attrs).append("/>\n");
    }

    private void polygon(double[] xs, double[] ys, int points, String attrs) {
        out.append("<polygon points=\"");
        for (int i = 0; i < points; i++) {
            out.append(i == 0 ? "" : " ").append(n(sx(xs[i]))).append(',').append(n(sy(ys[i])));
        }
        out.append('"').append(attrs).append("/>\n");
    }

    private String fillAttrs() {
        return " fill=\"" + hex(fill) + '"' + opacity("fill-opacity", fill.getOpacity() * alpha);
    }

    private String strokeAttrs() {
        StringBuilder a = new StringBuilder(" fill=\"none\" stroke=\"").append(hex(stroke)).append("\" stroke-width=\"")
                .append(n(strokeWidth * scale)).append('"').append(opacity("stroke-opacity", stroke.getOpacity() * alpha));
        if (dashes.length > 0) {
            a.append(" stroke-dasharray=\"");
            for (int i = 0; i < dashes.length; i++) {
                a.append(i == 0 ? "" : " ").append(n(dashes[i] * scale));
            }
            a.append('"');
        }
        return a.toString();
    }

    private double sx(double x) {
        return x * scale + offsetX;
    }

    private double sy(double y) {
        return y * scale + offsetY;
    }

    private static String opacity(String name, double value) {
        return value >= 0.999 ? "" : " " + name + "=\"" + n(value) + '"';
    }

    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    /** A number with at most two decimals, without trailing zeros. */
    static String n(double v) {
        if (!Double.isFinite(v)) {
            return "0";
        }
        long scaled = Math.round(v * 100);
        if (scaled % 100 == 0) {
            return Long.toString(scaled / 100);
        }
        return String.format(Locale.ROOT, "%.2f", scaled / 100.0).replaceAll("0+$", "");
    }
}
