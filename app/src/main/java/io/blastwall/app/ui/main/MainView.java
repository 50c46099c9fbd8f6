package io.blastwall.app.ui.main;

import io.blastwall.app.ui.details.DetailsView;
import io.blastwall.app.ui.graph.RadiusGraphView;
import io.blastwall.app.ui.identities.IdentitiesView;
import io.blastwall.app.ui.paths.PathsView;
import io.blastwall.app.ui.status.StatusBarView;
import io.blastwall.app.ui.status.StatusBarViewModel;
import io.blastwall.model.Snapshot;
import io.blastwall.styles.StyleClass;
import java.io.File;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/**
 * The main window's content: toolbar, identities on the left, the radius graph with the inspector beside
 * it and the paths below, and the status bar. Files dropped on it are imported.
 */
public final class MainView extends BorderPane {
    private final MainViewModel viewModel;
    private final TextField search = new TextField();
    private final RadiusGraphView graph;

    public MainView(MainViewModel viewModel, StatusBarViewModel status) {
        this.viewModel = viewModel;
        this.graph = new RadiusGraphView(viewModel.panels().graph());
        getStyleClass().add("main-view");
        setTop(toolbar());
        setCenter(panels());
        setBottom(new StatusBarView(status));
        acceptDroppedFiles();
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                installShortcuts(scene);
            }
        });
    }

    /** The canvas view, for callers that need to know whether it has painted. */
    public RadiusGraphView graphView() {
        return graph;
    }

    private ToolBar toolbar() {
        Button files = new Button("Import files\u2026");
        files.setTooltip(new Tooltip("Import export files as a new snapshot (Ctrl+O)"));
        files.setOnAction(e -> viewModel.importFiles());
        Button folder = new Button("Import folder\u2026");
        folder.setTooltip(new Tooltip("Import a folder of exports as a new snapshot (Ctrl+Shift+O)"));
        folder.setOnAction(e -> viewModel.importFolder());
        files.disableProperty().bind(viewModel.readyProperty().not());
        folder.disableProperty().bind(viewModel.readyProperty().not());
        ComboBox<Snapshot> snapshots = new ComboBox<>(viewModel.snapshots());
        snapshots.valueProperty().bindBidirectional(viewModel.chosenSnapshotProperty());
        snapshots.setConverter(new SnapshotNames());
        snapshots.setPrefWidth(280);
        snapshots.setPromptText("No snapshot");
        search.setPromptText("Search name or ARN (Ctrl+F)");
        search.getStyleClass().add(StyleClass.SEARCH_FIELD);
        search.textProperty().bindBidirectional(viewModel.panels().identities().filterTextProperty());
        search.setPrefColumnCount(26);
        ToggleButton dark = new ToggleButton("Dark");
        dark.setTooltip(new Tooltip("Switch between the light and the dark theme"));
        dark.selectedProperty().bindBidirectional(viewModel.darkThemeProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new ToolBar(files, folder, new Separator(Orientation.VERTICAL), new Label("Snapshot"), snapshots,
                spacer, search, dark);
    }

    private SplitPane panels() {
        SplitPane graphAndDetails = new SplitPane(graph, new DetailsView(viewModel.panels().details()));
        graphAndDetails.setDividerPositions(0.71);
        SplitPane centre = new SplitPane(graphAndDetails, new PathsView(viewModel.panels().paths()));
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.7);
        IdentitiesView identities = new IdentitiesView(viewModel.panels().identities());
        SplitPane all = new SplitPane(identities, centre);
        all.setDividerPositions(0.35);
        SplitPane.setResizableWithParent(identities, false);
        return all;
    }

    private void acceptDroppedFiles() {
        addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles() && viewModel.readyProperty().get()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            boolean hasFiles = e.getDragboard().hasFiles();
            if (hasFiles) {
                viewModel.importPaths(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(hasFiles);
            e.consume();
        });
    }

    private void installShortcuts(Scene scene) {
        scene.getAccelerators().put(
                new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), viewModel::importFiles);
        scene.getAccelerators().put(
                new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                viewModel::importFolder);
        scene.getAccelerators().put(
                new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), search::requestFocus);
    }

    /** Shows snapshots by label and date in the switcher. */
    private static final class SnapshotNames extends StringConverter<Snapshot> {
        @Override
        public String toString(Snapshot snapshot) {
            return snapshot == null ? "" : SnapshotStatus.label(snapshot);
        }

        @Override
        public Snapshot fromString(String text) {
            throw new UnsupportedOperationException("the snapshot switcher is not editable");
        }
    }
}
