package io.blastwall.app.ui.graph;

import java.util.concurrent.Executor;

/**
 * The crowded level of detail rendered into a raster larger than the screen and reused while the view moves:
 * a pan shifts the copy, a zoom scales it (nearest pixel) while a sharp layer for the new view is rendered in
 * the background, and the layer is rendered again before the view reaches its edge. What it shows changing
 * (diagram, marks, highlight, selection, theme, size) renders it at once, on the calling thread. The hover ring
 * is drawn on the copy.
 *
 * <p>{@link #render} runs on one thread (the FX thread); layers are rendered on {@code background} and handed
 * back through {@code foreground}, which must run on that same thread.
 */
final class DotLayer {
    /** How far beyond the screen the layer reaches on each side, as a share of the screen's size. */
    static final double MARGIN = 0.3;
    /** Beyond this zoom away from the layer's, a scaled copy is too coarse: render at once. */
    private static final double MAX_STRETCH = 2;

    private final Executor background;
    private final Executor foreground;
    private final Runnable repaint;
    private Layer current = Layer.NONE;
    private Request pending = Request.NONE;
    private long renderedNow;
    private long renderedBehind;

    DotLayer(Executor background, Executor foreground, Runnable repaint) {
        this.background = background;
        this.foreground = foreground;
        this.repaint = repaint;
    }

    /** A layer rendered only on the calling thread (exports, tests). */
    static DotLayer synchronous() {
        return new DotLayer(Runnable::run, Runnable::run, () -> {});
    }

    /** What a layer shows; the same objects (not merely equal ones) mean the same picture. */
    private record Content(RadiusDiagram diagram, DiagramColors colors, Highlight highlight, SimulationMarks marks,
            DiagramSelection selection, int width, int height) {
        boolean sameAs(Content other) {
            return diagram == other.diagram && colors == other.colors && highlight == other.highlight
                    && marks == other.marks && selection == other.selection && width == other.width
                    && height == other.height;
        }
    }

    /** A rendered layer: its pixels and the view it was rendered for (screen = world * scale + offset + margin). */
    private record Layer(PixelRaster raster, Content content, double scale, double offsetX, double offsetY,
            int marginX, int marginY) {
        static final Layer NONE = new Layer(new PixelRaster(1, 1), null, 0, 0, 0, 0, 0);

        boolean shows(Content wanted) {
            return content != null && content.sameAs(wanted);
        }
    }

    private record Request(Content content, double scale, double offsetX, double offsetY) {
        static final Request NONE = new Request(null, 0, 0, 0);
    }

    /** Fills {@code frame} with the crowded level of the view. */
    void render(PixelRaster frame, Viewport view, PaintState st, DotPainter painter) {
        Content wanted = new Content(st.diagram(), st.colors(), st.highlight(), st.marks(), st.selection(),
                frame.width(), frame.height());
        double stretch = view.scale() / Math.max(1e-12, current.scale());
        if (!current.shows(wanted) || stretch > MAX_STRETCH || stretch < 1 / MAX_STRETCH || !covers(frame, view)) {
            current = renderLayer(wanted, view.scale(), view.toScreenX(0), view.toScreenY(0), st.withoutHover(),
                    painter);
            renderedNow++;
        } else if (view.scale() != current.scale() || nearEdge(frame, view)) {
            requestBehind(wanted, view, st.withoutHover(), painter);
        }
        draw(frame, view, st);
        ring(frame, view, st);
    }

    /** Layers rendered at once on the calling thread, and behind in the background. */
    long[] renders() {
        return new long[] {renderedNow, renderedBehind};
    }

    private boolean covers(PixelRaster frame, Viewport view) {
        if (view.scale() != current.scale()) {
            return true;
        }
        int fromX = current.marginX() - (int) Math.round(view.toScreenX(0) - current.offsetX());
        int fromY = current.marginY() - (int) Math.round(view.toScreenY(0) - current.offsetY());
        return fromX >= 0 && fromY >= 0 && fromX + frame.width() <= current.raster().width()
                && fromY + frame.height() <= current.raster().height();
    }

    /** Whether the view has used up more than half of the margin on some side. */
    private boolean nearEdge(PixelRaster frame, Viewport view) {
        double dx = Math.abs(view.toScreenX(0) - current.offsetX());
        double dy = Math.abs(view.toScreenY(0) - current.offsetY());
        return dx > current.marginX() / 2.0 || dy > current.marginY() / 2.0;
    }

    private void requestBehind(Content wanted, Viewport view, PaintState st, DotPainter painter) {
        Request request = new Request(wanted, view.scale(), view.toScreenX(0), view.toScreenY(0));
        if (pending.content() != null) {
            return;
        }
        pending = request;
        background.execute(() -> {
            Layer layer = renderLayer(wanted, request.scale(), request.offsetX(), request.offsetY(), st, painter);
            foreground.execute(() -> {
                pending = Request.NONE;
                if (current.content() == null || layer.content().sameAs(current.content())) {
                    current = layer;
                    renderedBehind++;
                    repaint.run();
                }
            });
        });
    }

    private static Layer renderLayer(Content content, double scale, double offsetX, double offsetY, PaintState st,
            DotPainter painter) {
        int marginX = (int) Math.ceil(content.width() * MARGIN);
        int marginY = (int) Math.ceil(content.height() * MARGIN);
        PixelRaster raster = new PixelRaster(content.width() + 2 * marginX, content.height() + 2 * marginY);
        Viewport shifted = Viewport.of(scale, offsetX + marginX, offsetY + marginY);
        WorldRect area = new WorldRect(shifted.toWorldX(0), shifted.toWorldY(0), shifted.toWorldX(raster.width()),
                shifted.toWorldY(raster.height()));
        PixelSink sink = new PixelSink(raster);
        sink.clear(st.colors().background(), raster.width(), raster.height());
        painter.paint(sink, st.diagram().nodesIn(area), st.diagram().edgesIn(area), shifted, st);
        return new Layer(raster, content, scale, offsetX, offsetY, marginX, marginY);
    }

    /** Copies the layer into the frame, shifted for a pan and scaled for a zoom. */
    private void draw(PixelRaster frame, Viewport view, PaintState st) {
        int background = RasterDots.argb(st.colors().background());
        Layer layer = current;
        if (view.scale() == layer.scale()) {
            int fromX = layer.marginX() - (int) Math.round(view.toScreenX(0) - layer.offsetX());
            int fromY = layer.marginY() - (int) Math.round(view.toScreenY(0) - layer.offsetY());
            frame.copyFrom(layer.raster(), fromX, fromY, background);
            return;
        }
        // frame pixel (X, Y) shows world ((X - ox) / s); the layer has it at world * s' + ox' + margin
        double ratio = layer.scale() / view.scale();
        int[] columns = new int[frame.width()];
        for (int x = 0; x < columns.length; x++) {
            columns[x] = (int) Math.floor((x + 0.5 - view.toScreenX(0)) * ratio + layer.offsetX() + layer.marginX());
        }
        int[] rows = new int[frame.height()];
        for (int y = 0; y < rows.length; y++) {
            rows[y] = (int) Math.floor((y + 0.5 - view.toScreenY(0)) * ratio + layer.offsetY() + layer.marginY());
        }
        frame.sample(layer.raster(), columns, rows, background);
    }

    private static void ring(PixelRaster frame, Viewport view, PaintState st) {
        int hovered = st.hover().node();
        if (hovered < 0) {
            return;
        }
        DiagramNode n = st.diagram().node(hovered);
        double x = view.toScreenX(n.x()) - 3;
        double y = view.toScreenY(n.y()) - 3;
        double w = Math.max(2, n.width() * view.scale()) + 6;
        double h = Math.max(2, n.height() * view.scale()) + 6;
        int accent = RasterDots.argb(st.colors().accent());
        frame.rect(x, y, w, 2, accent);
        frame.rect(x, y + h - 2, w, 2, accent);
        frame.rect(x, y, 2, h, accent);
        frame.rect(x + w - 2, y, 2, h, accent);
    }
}
