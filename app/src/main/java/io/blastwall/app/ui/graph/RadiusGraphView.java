package io.blastwall.app.ui.graph;

import io.blastwall.styles.StyleClass;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;
import javax.imageio.ImageIO;

/**
 * The selected identity's blast radius: drawn on one canvas (drag to pan, scroll to zoom, F or Fit to see
 * everything, 0 for actual size, click to select, double-click to expand or collapse, right-click for more),
 * or as a table for radii above the threshold. A caption above sums it up, or compares a simulation.
 */
public final class RadiusGraphView extends BorderPane {
    private static final double PNG_CAPTION = 34;

    private final RadiusGraphViewModel viewModel;
    private final RadiusCanvas canvas;
    private final RadiusTableView table;

    public RadiusGraphView(RadiusGraphViewModel viewModel) {
        this.viewModel = viewModel;
        this.canvas = new RadiusCanvas(viewModel);
        this.table = new RadiusTableView(viewModel);
        getStyleClass().add("radius-graph-view");
        setTop(toolbar());
        setCenter(centre());
    }

    /** Shows the whole diagram. */
    public void fit() {
        canvas.fit();
    }

    public void zoomIn() {
        canvas.zoom(RadiusCanvas.ZOOM_STEP);
    }

    public void zoomOut() {
        canvas.zoom(1 / RadiusCanvas.ZOOM_STEP);
    }

    /** Actual size, the analysed identity at the left. */
    public void resetView() {
        canvas.resetView();
    }

    /** The layout chosen (the view model's; the table is one of the choices). */
    public ObjectProperty<GraphLayout> layoutProperty() {
        return viewModel.layoutProperty();
    }

    /** How many nodes the last paint drew (0 before anything was drawn). */
    public int paintedNodes() {
        return canvas.painted().nodes();
    }

    /**
     * Writes the canvas as shown (same viewport, level of detail, highlight and simulation marks) as a PNG
     * image with the caption above it. Call on the FX thread.
     *
     * @throws IOException if the file cannot be written
     */
    public void writePng(Path file) throws IOException {
        Canvas shown = canvas.canvas();
        canvas.paintResting();
        double width = Math.max(1, shown.getWidth());
        double height = Math.max(1, shown.getHeight());
        WritableImage picture = shown.snapshot(null, new WritableImage((int) width, (int) height));
        Canvas page = new Canvas(width, height + PNG_CAPTION);
        GraphicsContext gc = page.getGraphicsContext2D();
        CanvasSurface surface = new CanvasSurface(gc);
        PaintState state = canvas.state();
        surface.setFill(state.colors().background());
        surface.fillRect(0, 0, width, height + PNG_CAPTION);
        surface.setFill(state.colors().text());
        surface.fillText(surface.fitEnd(viewModel.captionProperty().get(), TextStyle.CAPTION, width - 24),
                TextStyle.CAPTION, 12, 22, TextAnchor.START);
        gc.drawImage(picture, 0, PNG_CAPTION);
        WritableImage composed = page.snapshot(null, null);
        BufferedImage image = SwingFXUtils.fromFXImage(composed, null);
        Path absolute = file.toAbsolutePath();
        if (absolute.getParent() != null) {
            Files.createDirectories(absolute.getParent());
        }
        if (!ImageIO.write(image, "png", absolute.toFile())) {
            throw new IOException("no PNG writer available for " + absolute);
        }
    }

    /** The level of detail of the last paint, for tests and the benchmark. */
    DetailLevel paintedLevel() {
        return canvas.painted().level();
    }

    RadiusCanvas radiusCanvas() {
        return canvas;
    }

    RadiusTableView tableView() {
        return table;
    }

    private HBox toolbar() {
        Label caption = new Label();
        caption.textProperty().bind(viewModel.captionProperty());
        caption.setMinWidth(0);
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(viewModel.captionProperty());
        whole.setWrapText(true);
        whole.setMaxWidth(520);
        caption.setTooltip(whole);
        caption.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(caption, Priority.ALWAYS);
        ComboBox<GraphLayout> layouts = new ComboBox<>();
        layouts.getItems().setAll(GraphLayout.values());
        layouts.valueProperty().bindBidirectional(viewModel.layoutProperty());
        layouts.setConverter(new LayoutNames());
        layouts.setTooltip(new Tooltip("How the radius is laid out"));
        layouts.setFocusTraversable(false);
        // the caption gives way when the pane is narrow, never the controls (they showed empty or as "...")
        layouts.setMinWidth(Region.USE_PREF_SIZE);
        Button zoomOut = button("\u2212", "Zoom out (\u2212)", this::zoomOut);
        Button zoomIn = button("+", "Zoom in (+)", this::zoomIn);
        Button fit = button("Fit", "Show everything (F)", this::fit);
        Button actual = button("1:1", "Actual size, from the identity (0)", this::resetView);
        for (Button b : new Button[] {zoomOut, zoomIn, fit, actual}) {
            b.disableProperty().bind(viewModel.tableShownProperty());
        }
        ToggleButton legend = new ToggleButton("Legend");
        legend.setTooltip(new Tooltip("Show or hide the key in the lower left corner"));
        legend.selectedProperty().bindBidirectional(canvas.legendShownProperty());
        legend.setFocusTraversable(false);
        legend.setMinWidth(Region.USE_PREF_SIZE);
        legend.disableProperty().bind(viewModel.tableShownProperty());
        HBox bar = new HBox(6, caption, layouts, zoomOut, zoomIn, fit, actual, legend);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        return bar;
    }

    private StackPane centre() {
        Label placeholder = new Label();
        placeholder.textProperty().bind(viewModel.captionProperty());
        placeholder.getStyleClass().add(StyleClass.MUTED);
        placeholder.visibleProperty().bind(viewModel.diagramProperty().map(RadiusDiagram::isEmpty)
                .flatMap(empty -> viewModel.tableShownProperty().map(t -> empty && !t)));
        placeholder.setMouseTransparent(true);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        spinner.visibleProperty().bind(viewModel.loadingProperty());
        spinner.setMouseTransparent(true);
        canvas.visibleProperty().bind(viewModel.tableShownProperty().not());
        table.visibleProperty().bind(viewModel.tableShownProperty());
        return new StackPane(canvas, table, placeholder, spinner);
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    /** Shows layouts by their labels in the chooser. */
    private static final class LayoutNames extends StringConverter<GraphLayout> {
        @Override
        public String toString(GraphLayout layout) {
            return layout == null ? "" : layout.label();
        }

        @Override
        public GraphLayout fromString(String text) {
            throw new UnsupportedOperationException("the layout chooser is not editable");
        }
    }
}
