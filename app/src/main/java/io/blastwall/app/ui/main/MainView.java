package io.blastwall.app.ui.main;

import io.blastwall.app.ui.console.CypherConsoleView;
import io.blastwall.app.ui.cuts.CutsView;
import io.blastwall.app.ui.details.DetailsView;
import io.blastwall.app.ui.findings.FindingsView;
import io.blastwall.app.ui.graph.RadiusGraphView;
import io.blastwall.app.ui.identities.IdentitiesView;
import io.blastwall.app.ui.paths.PathsView;
import io.blastwall.app.ui.status.StatusBarView;
import io.blastwall.app.ui.status.StatusBarViewModel;
import java.io.File;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;

/**
 * The main window's content: toolbar, identities on the left, the radius graph with the inspector beside it and
 * the bottom tabs (attack paths, suggested cuts, findings, Cypher console) below, and the status bar. Files,
 * folders and zips dropped on it are imported.
 */
public final class MainView extends BorderPane {
    private final MainViewModel viewModel;
    private final RadiusGraphView graph;
    private final MainToolbar toolbar;
    private final TabPane bottom = new TabPane();
    private final SplitPane all;
    private final SplitPane centre;
    private final SplitPane graphAndDetails;

    public MainView(MainViewModel viewModel, StatusBarViewModel status) {
        this.viewModel = viewModel;
        this.graph = new RadiusGraphView(viewModel.panels().graph());
        this.toolbar = new MainToolbar(viewModel);
        getStyleClass().add("main-view");
        graphAndDetails = new SplitPane(graph, new DetailsView(viewModel.panels().details()));
        centre = new SplitPane(graphAndDetails, buildBottomTabs());
        centre.setOrientation(Orientation.VERTICAL);
        IdentitiesView identities = new IdentitiesView(viewModel.panels().identities());
        all = new SplitPane(identities, centre);
        SplitPane.setResizableWithParent(identities, false);
        restoreDividers(viewModel.savedSettings().dividers());
        setTop(toolbar);
        setCenter(all);
        setBottom(new StatusBarView(status));
        acceptDroppedFiles();
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                installShortcuts(scene);
            }
        });
    }

    /** The canvas view, for callers that need to know whether it has painted or want its picture. */
    public RadiusGraphView graphView() {
        return graph;
    }

    /** The bottom tabs, to switch between paths, cuts, findings and the console. */
    public TabPane bottomTabs() {
        return bottom;
    }

    /** The divider positions: identities | centre, graph / tabs, graph | inspector. */
    public List<Double> dividers() {
        return List.of(all.getDividerPositions()[0], centre.getDividerPositions()[0],
                graphAndDetails.getDividerPositions()[0]);
    }

    private void restoreDividers(List<Double> positions) {
        all.setDividerPositions(positions.get(0));
        centre.setDividerPositions(positions.get(1));
        graphAndDetails.setDividerPositions(positions.get(2));
    }

    private TabPane buildBottomTabs() {
        WindowPanels panels = viewModel.panels();
        Tab paths = new Tab("Attack paths", new PathsView(panels.paths()));
        paths.textProperty().bind(Bindings.size(panels.paths().paths()).asString("Attack paths (%d)"));
        Tab cuts = new Tab("Suggested cuts", new CutsView(panels.cuts()));
        cuts.textProperty().bind(Bindings.size(panels.cuts().options()).asString("Suggested cuts (%d)"));
        Tab findings = new Tab("Findings", new FindingsView(panels.findings(),
                row -> panels.identities().select(row.finding().subject())));
        findings.textProperty().bind(Bindings.size(panels.findings().rows()).asString("Findings (%d)"));
        Tab console = new Tab("Cypher console", new CypherConsoleView(panels.console(), viewModel.themeProperty()));
        bottom.getTabs().setAll(paths, cuts, findings, console);
        bottom.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        bottom.getStyleClass().add("bottom-tabs");
        return bottom;
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
        var keys = scene.getAccelerators();
        keys.put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), viewModel::importFiles);
        keys.put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                viewModel::importFolder);
        keys.put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), toolbar::focusSearch);
        keys.put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN),
                viewModel.panels().export()::exportIdentityReport);
        keys.put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                viewModel.panels().export()::exportSnapshotReport);
        keys.put(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN), graph::fit);
        keys.put(new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN), viewModel::back);
        keys.put(new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN), viewModel::forward);
        keys.put(new KeyCodeCombination(KeyCode.F1), viewModel::showShortcuts);
    }
}
