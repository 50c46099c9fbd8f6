package io.blastwall.app.ui.graph;

import io.blastwall.styles.StyleClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The selected identity's blast radius drawn on one {@link Canvas}: drag to pan, scroll to zoom, F or the
 * Fit button to see everything, click to select a node or an edge.
 */
public final class RadiusGraphView extends BorderPane {
    private static final double ZOOM_STEP = 1.25;
    private static final double HIT_TOLERANCE_PX = 6;

    private final RadiusGraphViewModel viewModel;
    private final Canvas canvas = new Canvas();
    private final Viewport viewport = new Viewport();
    private final RadiusPainter painter = new RadiusPainter();
    private DiagramColors colors;
    private boolean needsFit = true;
    private double lastX;
    private double lastY;
    private boolean dragged;
    private int paintedNodes;

    public RadiusGraphView(RadiusGraphViewModel viewModel) {
        this.viewModel = viewModel;
        this.colors = DiagramColors.of(viewModel.themeProperty().get());
        getStyleClass().add("radius-graph-view");
        setTop(toolbar());
        setCenter(canvasArea());
        listen();
        handleInput();
    }

    /** Shows the whole diagram. */
    public void fit() {
        RadiusDiagram d = viewModel.diagramProperty().get();
        if (canvas.getWidth() <= 0 || canvas.getHeight() <= 0) {
            needsFit = true;
            return;
        }
        viewport.fit(d.minX(), d.minY() - 40, d.maxX() + 10, d.maxY() + 10, canvas.getWidth(), canvas.getHeight(), 24);
        needsFit = false;
        paint();
    }

    /** How many nodes the last paint drew (0 before anything was drawn). */
    public int paintedNodes() {
        return paintedNodes;
    }

    private HBox toolbar() {
        Label caption = new Label();
        caption.textProperty().bind(viewModel.captionProperty());
        caption.setMinWidth(0);
        caption.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(caption, Priority.ALWAYS);
        Button zoomOut = button("\u2212", "Zoom out (\u2212)", () -> zoom(1 / ZOOM_STEP));
        Button zoomIn = button("+", "Zoom in (+)", () -> zoom(ZOOM_STEP));
        Button fit = button("Fit", "Show everything (F)", this::fit);
        HBox bar = new HBox(6, caption, zoomOut, zoomIn, fit);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        return bar;
    }

    private StackPane canvasArea() {
        Pane host = new Pane(canvas);
        canvas.setManaged(false);
        canvas.widthProperty().bind(host.widthProperty());
        canvas.heightProperty().bind(host.heightProperty());
        canvas.setFocusTraversable(true);
        host.setMinSize(0, 0);
        host.getStyleClass().add(StyleClass.GRAPH_CANVAS);
        Label placeholder = new Label();
        placeholder.textProperty().bind(viewModel.captionProperty());
        placeholder.getStyleClass().add(StyleClass.MUTED);
        placeholder.visibleProperty().bind(viewModel.diagramProperty().map(RadiusDiagram::isEmpty));
        placeholder.setMouseTransparent(true);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        spinner.visibleProperty().bind(viewModel.loadingProperty());
        spinner.setMouseTransparent(true);
        return new StackPane(host, placeholder, spinner);
    }

    private void listen() {
        viewModel.diagramProperty().addListener((obs, old, d) -> {
            needsFit = true;
            paint();
        });
        viewModel.selectionProperty().addListener((obs, old, s) -> paint());
        viewModel.highlightProperty().addListener((obs, old, h) -> paint());
        viewModel.themeProperty().addListener((obs, old, theme) -> {
            colors = DiagramColors.of(theme);
            paint();
        });
        canvas.widthProperty().addListener((obs, old, w) -> paint());
        canvas.heightProperty().addListener((obs, old, h) -> paint());
    }

    private void handleInput() {
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            canvas.requestFocus();
            lastX = e.getX();
            lastY = e.getY();
            dragged = false;
        });
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            viewport.pan(e.getX() - lastX, e.getY() - lastY);
            dragged |= Math.abs(e.getX() - lastX) + Math.abs(e.getY() - lastY) > 1;
            lastX = e.getX();
            lastY = e.getY();
            paint();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (!dragged) {
                viewModel.selectAt(viewport.toWorldX(e.getX()), viewport.toWorldY(e.getY()),
                        HIT_TOLERANCE_PX / viewport.scale());
            }
        });
        canvas.addEventHandler(ScrollEvent.SCROLL, e -> {
            viewport.zoomAt(Math.pow(ZOOM_STEP, e.getDeltaY() / 40), e.getX(), e.getY());
            paint();
        });
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    private void keyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.F) {
            fit();
        } else if (e.getCode() == KeyCode.PLUS || e.getCode() == KeyCode.EQUALS || e.getCode() == KeyCode.ADD) {
            zoom(ZOOM_STEP);
        } else if (e.getCode() == KeyCode.MINUS || e.getCode() == KeyCode.SUBTRACT) {
            zoom(1 / ZOOM_STEP);
        } else {
            return;
        }
        e.consume();
    }

    private void zoom(double factor) {
        viewport.zoomAt(factor, canvas.getWidth() / 2, canvas.getHeight() / 2);
        paint();
    }

    private void paint() {
        if (needsFit && canvas.getWidth() > 0 && canvas.getHeight() > 0) {
            fit();
            return;
        }
        PaintState state = new PaintState(viewModel.diagramProperty().get(), viewModel.selectionProperty().get(),
                viewModel.highlightProperty().get(), colors);
        paintedNodes = painter.paint(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight(), viewport, state);
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }
}
