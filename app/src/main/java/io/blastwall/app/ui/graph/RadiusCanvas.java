package io.blastwall.app.ui.graph;

import io.blastwall.styles.StyleClass;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;

/**
 * The canvas of the radius view and its input: drag to pan, wheel to zoom around the pointer, click to
 * select, double-click to expand or collapse, right-click for a node's actions, hover for a tip. Paints at
 * most once per pulse and only when something changed.
 */
final class RadiusCanvas extends Pane {
    static final double ZOOM_STEP = 1.25;
    /**
     * {@code -Dblastwall.canvas.dots=vector} draws the crowded level with canvas calls (strokeLine, fillRect)
     * instead of rasterising it into one image (the default, faster without a GPU).
     */
    static final String DOTS_PROPERTY = "blastwall.canvas.dots";
    private static final double HIT_TOLERANCE_PX = 6;
    private static final LegendPainter LEGEND = new LegendPainter();
    private static final double KEY_PAN = 80;
    /** Text returns this long after the last zoom step. */
    private static final long ZOOM_REST_NANOS = 150_000_000L;
    /** Renders crowded layers ahead of the view, one at a time, off the FX thread. */
    private static final ExecutorService LAYERS = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "blastwall-canvas-layers");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        return thread;
    });

    private final RadiusGraphViewModel viewModel;
    private final Canvas canvas = new Canvas();
    private final Viewport viewport = new Viewport();
    private final RadiusPainter painter = new RadiusPainter();
    private final CanvasSurface surface;
    private final DotSink dots;
    private final ContextMenu menu = new ContextMenu();
    private final BooleanProperty legendShown = new SimpleBooleanProperty(this, "legendShown", true);
    private DiagramColors colors;
    private Hover hover = Hover.NONE;
    private boolean dirty = true;
    private boolean needsFit = true;
    private double lastX;
    private double lastY;
    private boolean dragged;
    private long lastZoom;
    private boolean textPending;
    private RadiusPainter.Painted painted = RadiusPainter.Painted.NOTHING;
    private final AnimationTimer pulse = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (textPending && System.nanoTime() - lastZoom >= ZOOM_REST_NANOS) {
                dirty = true;
            }
            if (dirty) {
                paintNow();
            }
        }
    };

    RadiusCanvas(RadiusGraphViewModel viewModel) {
        this.viewModel = viewModel;
        this.colors = DiagramColors.of(viewModel.themeProperty().get());
        this.surface = new CanvasSurface(canvas.getGraphicsContext2D());
        this.dots = "vector".equals(System.getProperty(DOTS_PROPERTY)) ? new SurfaceDots(surface)
                : new RasterDots(canvas.getGraphicsContext2D(),
                        new DotLayer(LAYERS, Platform::runLater, this::requestPaint));
        getChildren().add(canvas);
        getStyleClass().add(StyleClass.GRAPH_CANVAS);
        setMinSize(0, 0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        canvas.setManaged(false);
        canvas.widthProperty().bind(widthProperty());
        canvas.heightProperty().bind(heightProperty());
        canvas.setFocusTraversable(true);
        listen();
        handleMouse();
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                pulse.stop();
            } else {
                pulse.start();
            }
        });
    }

    /** Whether the legend is drawn in the lower left corner. */
    BooleanProperty legendShownProperty() {
        return legendShown;
    }

    Canvas canvas() {
        return canvas;
    }

    Viewport viewport() {
        return viewport;
    }

    /** The crowded level's layer renders: {at once, in the background}; zeros when drawn with canvas calls. */
    long[] layerRenders() {
        return dots instanceof RasterDots raster ? raster.layer().renders() : new long[] {0, 0};
    }

    RadiusPainter.Painted painted() {
        if (dirty) {
            paintNow();
        }
        return painted;
    }

    void fit() {
        RadiusDiagram d = viewModel.diagramProperty().get();
        if (canvas.getWidth() <= 0 || canvas.getHeight() <= 0) {
            needsFit = true;
            return;
        }
        fitViewport();
        needsFit = false;
        requestPaint();
    }

    /** The whole diagram in view, clear of the legend when it is shown. */
    private void fitViewport() {
        RadiusDiagram d = viewModel.diagramProperty().get();
        double[] legend = legendShown.get() && !d.isEmpty() ? LEGEND.size(state()) : new double[] {0, 0};
        viewport.fitBeside(d.minX(), d.minY() - 40, d.maxX() + 12, d.maxY() + 12, canvas.getWidth(),
                canvas.getHeight(), 24, legend[0], legend[1]);
    }

    /** Scale 1, the analysed identity at the left, centred vertically. */
    void resetView() {
        RadiusDiagram d = viewModel.diagramProperty().get();
        double y = d.root().map(DiagramNode::centerY).orElse(0.0);
        double x = d.root().map(DiagramNode::x).orElse(0.0);
        viewport.reset(x, y, 40, canvas.getHeight() / 2);
        needsFit = false;
        requestPaint();
    }

    void zoom(double factor) {
        zoomAt(factor, canvas.getWidth() / 2, canvas.getHeight() / 2);
    }

    /** Zooms around a canvas point; text is left out until the zoom rests. */
    void zoomAt(double factor, double x, double y) {
        viewport.zoomAt(factor, x, y);
        lastZoom = System.nanoTime();
        requestPaint();
    }

    void pan(double dx, double dy) {
        viewport.pan(dx, dy);
        requestPaint();
    }

    void requestPaint() {
        dirty = true;
    }

    /** Paints now if anything changed since the last paint (the pulse does this once per frame). */
    void paintNow() {
        if (needsFit && canvas.getWidth() > 0 && canvas.getHeight() > 0) {
            fitViewport();
            needsFit = false;
        }
        dirty = false;
        boolean zooming = System.nanoTime() - lastZoom < ZOOM_REST_NANOS;
        painted = painter.paint(surface, dots, canvas.getWidth(), canvas.getHeight(), viewport, state(),
                new RadiusPainter.Frame(legendShown.get(), zooming));
        textPending = zooming && painted.level() == DetailLevel.SHAPES;
    }

    /** Paints now with everything a resting view shows (text too, even right after a zoom), for exports. */
    void paintResting() {
        lastZoom = 0;
        paintNow();
    }

    PaintState state() {
        return new PaintState(viewModel.diagramProperty().get(), viewModel.selectionProperty().get(),
                viewModel.highlightProperty().get(), viewModel.marksProperty().get(), colors, hover);
    }

    private void listen() {
        viewModel.diagramProperty().addListener((obs, old, d) -> {
            hover = Hover.NONE;
            if (old.isEmpty() || !sameLayoutBounds(old, d)) {
                needsFit = true;
            }
            requestPaint();
        });
        viewModel.selectionProperty().addListener((obs, old, s) -> requestPaint());
        viewModel.highlightProperty().addListener((obs, old, h) -> requestPaint());
        viewModel.marksProperty().addListener((obs, old, m) -> requestPaint());
        viewModel.themeProperty().addListener((obs, old, theme) -> {
            colors = DiagramColors.of(theme);
            requestPaint();
        });
        legendShown.addListener((obs, old, shown) -> requestPaint());
        canvas.widthProperty().addListener((obs, old, w) -> requestPaint());
        canvas.heightProperty().addListener((obs, old, h) -> requestPaint());
    }

    /** A simulation or an expanded group keeps the view where it was when the layout stayed the same. */
    private static boolean sameLayoutBounds(RadiusDiagram old, RadiusDiagram d) {
        return old.layout() == d.layout() && old.root().map(DiagramNode::key).equals(d.root().map(DiagramNode::key));
    }

    private void handleMouse() {
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            canvas.requestFocus();
            menu.hide();
            lastX = e.getX();
            lastY = e.getY();
            dragged = false;
        });
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            dragged |= Math.abs(e.getX() - lastX) + Math.abs(e.getY() - lastY) > 1;
            pan(e.getX() - lastX, e.getY() - lastY);
            lastX = e.getX();
            lastY = e.getY();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hoverAt(e.getX(), e.getY()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            hover = Hover.NONE;
            requestPaint();
        });
        canvas.addEventHandler(ScrollEvent.SCROLL, e -> zoomAt(Math.pow(ZOOM_STEP, e.getDeltaY() / 40), e.getX(),
                e.getY()));
        canvas.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            nodeAt(e.getX(), e.getY()).ifPresent(n -> showMenu(n, e.getScreenX(), e.getScreenY()));
            e.consume();
        });
    }

    private void clicked(MouseEvent e) {
        if (dragged || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (e.getClickCount() == 2) {
            nodeAt(e.getX(), e.getY()).ifPresent(viewModel::toggle);
        } else {
            viewModel.selectAt(viewport.toWorldX(e.getX()), viewport.toWorldY(e.getY()),
                    HIT_TOLERANCE_PX / viewport.scale());
        }
    }

    private Optional<DiagramNode> nodeAt(double screenX, double screenY) {
        return viewModel.diagramProperty().get().nodeAt(viewport.toWorldX(screenX), viewport.toWorldY(screenY));
    }

    private void hoverAt(double x, double y) {
        RadiusDiagram d = viewModel.diagramProperty().get();
        double wx = viewport.toWorldX(x);
        double wy = viewport.toWorldY(y);
        Optional<DiagramNode> node = d.nodeAt(wx, wy);
        Hover next;
        if (node.isPresent()) {
            next = new Hover(d.indexOf(node.get().key()), -1, x, y);
        } else {
            int edge = d.edgeIndexAt(wx, wy, HIT_TOLERANCE_PX / viewport.scale());
            next = edge >= 0 ? new Hover(-1, edge, x, y) : Hover.NONE;
        }
        if (next.isActive() || hover.isActive()) {
            hover = next;
            requestPaint();
        }
    }

    private void showMenu(DiagramNode node, double screenX, double screenY) {
        List<NodeAction> actions = viewModel.actionsFor(node);
        menu.getItems().clear();
        for (NodeAction action : actions) {
            MenuItem item = new MenuItem(action.label());
            item.setOnAction(e -> viewModel.perform(action, node));
            menu.getItems().add(item);
        }
        MenuItem select = new MenuItem("Select");
        select.setOnAction(e -> viewModel.selectEntity(node.entity()));
        menu.getItems().add(select);
        menu.show(canvas, screenX, screenY);
    }

    private void keyPressed(KeyEvent e) {
        switch (e.getCode()) {
            case F -> fit();
            case PLUS, EQUALS, ADD -> zoom(ZOOM_STEP);
            case MINUS, SUBTRACT -> zoom(1 / ZOOM_STEP);
            case DIGIT0, NUMPAD0 -> resetView();
            case LEFT -> pan(KEY_PAN, 0);
            case RIGHT -> pan(-KEY_PAN, 0);
            case UP -> pan(0, KEY_PAN);
            case DOWN -> pan(0, -KEY_PAN);
            default -> {
                return;
            }
        }
        e.consume();
    }
}
