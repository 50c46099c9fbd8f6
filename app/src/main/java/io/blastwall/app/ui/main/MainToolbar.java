package io.blastwall.app.ui.main;

import io.blastwall.app.ui.export.ExportViewModel;
import io.blastwall.model.Snapshot;
import java.nio.file.Path;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/** The window's toolbar: open/import, snapshot, database, back/forward, search, export, theme and help. */
final class MainToolbar extends ToolBar {
    private final MainViewModel viewModel;
    private final SearchBox search;
    private final Menu recent = new Menu("Recent");

    MainToolbar(MainViewModel viewModel) {
        this.viewModel = viewModel;
        this.search = new SearchBox(viewModel.search());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getItems().setAll(openMenu(), new Separator(Orientation.VERTICAL), new Label("Snapshot"), snapshots(),
                database(), new Separator(Orientation.VERTICAL), back(), forward(), spacer, search, exportMenu(),
                theme(), helpMenu());
    }

    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private MenuButton openMenu() {
        MenuItem files = item("Import files or a zip\u2026", "Ctrl+O", viewModel::importFiles);
        MenuItem folder = item("Import a folder\u2026", "Ctrl+Shift+O", viewModel::importFolder);
        MenuItem sample = item("Import the sample environment again", "", viewModel::importSample);
        viewModel.recent().addListener((ListChangeListener<Path>) change -> fillRecent());
        fillRecent();
        MenuButton open = new MenuButton("Open", null, files, folder, sample, new SeparatorMenuItem(), recent);
        open.setTooltip(new Tooltip("Import exports as a new snapshot (or drop files, folders or zips on the window)"));
        open.disableProperty().bind(viewModel.readyProperty().not());
        open.setId("open-menu");
        return open;
    }

    private void fillRecent() {
        List<MenuItem> items = viewModel.recent().stream()
                .map(p -> item(p.toString(), "", () -> viewModel.importPaths(List.of(p))))
                .toList();
        recent.getItems().setAll(items);
        recent.setDisable(items.isEmpty());
    }

    private ComboBox<Snapshot> snapshots() {
        ComboBox<Snapshot> snapshots = new ComboBox<>(viewModel.snapshots());
        snapshots.valueProperty().bindBidirectional(viewModel.chosenSnapshotProperty());
        snapshots.setConverter(new SnapshotNames());
        snapshots.setPrefWidth(240);
        snapshots.setPromptText("No snapshot");
        return snapshots;
    }

    private Button database() {
        Button database = new Button("Database\u2026");
        database.setTooltip(new Tooltip("Use the embedded database or a Neo4j server"));
        database.setOnAction(e -> viewModel.chooseConnection());
        return database;
    }

    private Button back() {
        Button back = new Button("\u2190");
        back.setTooltip(new Tooltip("Back to the previous identity (Alt+Left)"));
        back.setOnAction(e -> viewModel.back());
        back.disableProperty().bind(viewModel.canGoBackProperty().not());
        return back;
    }

    private Button forward() {
        Button forward = new Button("\u2192");
        forward.setTooltip(new Tooltip("Forward again (Alt+Right)"));
        forward.setOnAction(e -> viewModel.forward());
        forward.disableProperty().bind(viewModel.canGoForwardProperty().not());
        return forward;
    }

    private MenuButton exportMenu() {
        ExportViewModel export = viewModel.panels().export();
        MenuItem identity = item("Report of the selected identity\u2026", "Ctrl+E", export::exportIdentityReport);
        identity.disableProperty().bind(export.canExportIdentityProperty().not());
        MenuItem snapshot = item("Report of the whole snapshot\u2026", "Ctrl+Shift+E", export::exportSnapshotReport);
        snapshot.disableProperty().bind(export.canExportSnapshotProperty().not());
        MenuItem png = item("View as PNG\u2026", "", export::exportPng);
        MenuItem svg = item("View as SVG\u2026", "", export::exportSvg);
        png.disableProperty().bind(export.canExportIdentityProperty().not());
        svg.disableProperty().bind(export.canExportIdentityProperty().not());
        MenuButton menu = new MenuButton("Export", null, identity, snapshot, new SeparatorMenuItem(), png, svg);
        menu.setTooltip(new Tooltip("Reports (HTML, Markdown, JSON) and pictures of the view (PNG, SVG)"));
        menu.setId("export-menu");
        return menu;
    }

    private ToggleButton theme() {
        ToggleButton dark = new ToggleButton("Dark");
        dark.setTooltip(new Tooltip("Switch between the light and the dark theme"));
        dark.selectedProperty().bindBidirectional(viewModel.darkThemeProperty());
        return dark;
    }

    private MenuButton helpMenu() {
        MenuItem shortcuts = item("Keyboard shortcuts", "F1", viewModel::showShortcuts);
        MenuButton help = new MenuButton("Help", null, shortcuts);
        help.setTooltip(new Tooltip(String.join("\n", Shortcuts.ALL)));
        return help;
    }

    private static MenuItem item(String text, String shortcut, Runnable action) {
        MenuItem item = new MenuItem(shortcut.isBlank() ? text : text + "    " + shortcut);
        item.setOnAction(e -> action.run());
        return item;
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
