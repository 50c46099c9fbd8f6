package io.blastwall.app.ui.main;

import io.blastwall.app.ImportOutcome;
import io.blastwall.app.LoadedSnapshot;
import io.blastwall.app.Workspace;
import io.blastwall.app.background.Background;
import io.blastwall.app.background.BackgroundWork;
import io.blastwall.app.StoreSettings;
import io.blastwall.app.ui.common.ConnectionChoice;
import io.blastwall.app.ui.common.DialogService;
import io.blastwall.app.ui.search.SearchHit;
import io.blastwall.app.ui.search.SearchViewModel;
import io.blastwall.app.ui.settings.SettingsStore;
import io.blastwall.app.ui.settings.WindowSettings;
import io.blastwall.importer.ImportOptions;
import io.blastwall.model.Snapshot;
import io.blastwall.styles.Theme;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The main window: opens the workspace, loads a snapshot (the sample when the store is empty), switches
 * and imports snapshots, and connects the panels (selected identity → radius, paths; canvas selection
 * → inspector; selected path → highlight).
 */
public final class MainViewModel {
    private static final String APP = "Blastwall";

    private final BackgroundWork<Workspace> opener;
    private final Background background;
    private final DialogService dialogs;
    private final WindowPanels panels;
    private final ObservableList<Snapshot> snapshots = FXCollections.observableArrayList();
    private final ObjectProperty<Snapshot> chosenSnapshot = new SimpleObjectProperty<>(this, "chosenSnapshot");
    private final ReadOnlyObjectWrapper<LoadedSnapshot> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper(this, "windowTitle", APP);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Opening the store\u2026");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready", false);
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(this, "darkTheme", false);
    private final ReadOnlyObjectWrapper<Theme> theme = new ReadOnlyObjectWrapper<>(this, "theme", Theme.LIGHT);
    private final SearchViewModel search = new SearchViewModel(this::searched);
    private final SelectionHistory history = new SelectionHistory();
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final ObservableList<Path> readOnlyRecent = FXCollections.unmodifiableObservableList(recent);
    private final ReadOnlyObjectWrapper<ConnectionChoice> connection =
            new ReadOnlyObjectWrapper<>(this, "connection", ConnectionChoice.embedded());
    private SettingsStore settings = new SettingsStore(Path.of("window.properties"));
    private boolean remember;
    private boolean navigating;
    private Optional<Workspace> workspace = Optional.empty();
    private String storeDescription = "";
    private boolean closed;

    /**
     * @param opener opens the workspace (starting the embedded Neo4j); run in the background by {@link #start()}
     */
    public MainViewModel(
            BackgroundWork<Workspace> opener, Background background, DialogService dialogs, WindowPanels panels) {
        this.opener = opener;
        this.background = background;
        this.dialogs = dialogs;
        this.panels = panels;
        connectPanels();
    }

    /**
     * Remembers the theme, recent files and server (never its password) in {@code store}, starting from what it
     * holds. Without this call nothing is remembered.
     */
    public void rememberIn(SettingsStore store) {
        settings = store;
        WindowSettings saved = store.load();
        darkTheme.set(saved.dark());
        recent.setAll(saved.recent());
        if (!saved.serverUri().isBlank()) {
            connection.set(new ConnectionChoice(Optional.of(java.net.URI.create(saved.serverUri())), saved.serverUser(), "", ""));
        }
        remember = true;
        darkTheme.addListener((obs, old, dark) -> settings.save(settings.load().withDark(dark)));
    }

    /** The settings as saved, for the window to restore its size and dividers. */
    public WindowSettings savedSettings() {
        return remember ? settings.load() : WindowSettings.DEFAULTS;
    }

    /** Saves what the window shows now (its size and dividers come from the view). */
    public void saveSettings(double width, double height, boolean maximized, List<Double> dividers) {
        if (!remember) {
            return;
        }
        settings.save(settings.load().withDark(darkTheme.get()).withWindow(width, height, maximized)
                .withDividers(dividers).withRecentReplaced(recent)
                .withServer(connection.get().uri().map(Object::toString).orElse(""), connection.get().user()));
    }

    /** Lists the keyboard shortcuts (F1, Help menu). */
    public void showShortcuts() {
        dialogs.showList("Keyboard shortcuts", Shortcuts.ALL);
    }

    /** Goes back to the identity selected before (Alt+Left). */
    public void back() {
        history.back().ifPresent(this::revisit);
    }

    /** Goes forward again (Alt+Right). */
    public void forward() {
        history.forward().ifPresent(this::revisit);
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return history.canGoBackProperty();
    }

    public ReadOnlyBooleanProperty canGoForwardProperty() {
        return history.canGoForwardProperty();
    }

    public SearchViewModel search() {
        return search;
    }

    /** Recently imported inputs, newest first. */
    public ObservableList<Path> recent() {
        return readOnlyRecent;
    }

    /** The database in use: embedded, or a server. */
    public ReadOnlyObjectProperty<ConnectionChoice> connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    /** Imports the bundled sample environment again as a new snapshot. */
    public void importSample() {
        withWorkspace(ws -> background.run("Importing the sample environment",
                progress -> {
                    LoadedSnapshot loaded = ws.importSample(progress);
                    return new Loaded(loaded, ws.snapshots());
                },
                this::apply,
                error -> dialogs.showError("Could not import the sample environment", error)));
    }

    /** Asks which database to use and, if it changed, reconnects in the background. */
    public void chooseConnection() {
        dialogs.chooseConnection(connection.get()).ifPresent(this::connectTo);
    }

    /**
     * Closes the current store and opens the chosen one in the background (embedded in the same data directory, or
     * the server), then loads its newest snapshot. On failure the window stays without a store and says why.
     */
    public void connectTo(ConnectionChoice choice) {
        java.nio.file.Path dataDir = workspace.map(ws -> ws.settings().dataDir()).orElse(StoreSettings.defaultDataDir());
        StoreSettings target = choice.uri()
                .map(uri -> StoreSettings.remote(dataDir, uri, choice.user(), choice.password(), choice.database()))
                .orElse(StoreSettings.embedded(dataDir));
        workspace.ifPresent(Workspace::close);
        workspace = Optional.empty();
        ready.set(false);
        panels.console().disconnect();
        status.set(choice.isEmbedded() ? "Starting the embedded Neo4j\u2026" : "Connecting to " + choice.uri().get() + "\u2026");
        background.run(choice.isEmbedded() ? "Starting the embedded Neo4j" : "Connecting to Neo4j",
                progress -> Workspace.open(target),
                opened -> {
                    connection.set(choice);
                    opened(opened);
                },
                error -> {
                    status.set("No store: " + io.blastwall.app.ui.common.ErrorMessages.shortMessage(error));
                    dialogs.showError("Could not connect to the database", error);
                });
    }

    /** Opens the workspace, then loads the newest snapshot, importing the sample into an empty store. */
    public void start() {
        background.run("Opening the store", opener, this::opened,
                error -> {
                    status.set("No store: " + error.getMessage());
                    dialogs.showError("Could not open the store", error);
                });
    }

    /** Shows a loaded snapshot: ranks its identities and selects one. */
    public void showSnapshot(LoadedSnapshot loaded) {
        history.clear();
        current.set(loaded);
        windowTitle.set(APP + " \u2014 " + loaded.snapshot().label());
        status.set(SnapshotStatus.of(loaded.snapshot(), storeDescription));
        panels.identities().show(loaded);
    }

    /** Loads another stored snapshot, unless it is the one shown. */
    public void openSnapshot(Snapshot snapshot) {
        if (current().map(c -> c.snapshot().id().equals(snapshot.id())).orElse(false)) {
            return;
        }
        withWorkspace(ws -> background.run("Loading " + snapshot.label(),
                progress -> new Loaded(ws.load(snapshot.id(), progress), ws.snapshots()),
                this::apply,
                error -> dialogs.showError("Could not load " + snapshot.label(), error)));
    }

    public void importFiles() {
        List<Path> files = dialogs.chooseFiles("Import exports as a new snapshot");
        if (!files.isEmpty()) {
            importPaths(files);
        }
    }

    public void importFolder() {
        dialogs.chooseFolder("Import a folder of exports as a new snapshot").ifPresent(f -> importPaths(List.of(f)));
    }

    /** Imports files or folders as one new snapshot, then shows it. */
    public void importPaths(List<Path> inputs) {
        if (inputs.isEmpty()) {
            return;
        }
        String label = ImportMessages.label(inputs);
        rememberRecent(inputs);
        withWorkspace(ws -> background.run("Importing " + label,
                progress -> {
                    ImportOutcome outcome = ws.importInputs(inputs, ImportOptions.defaults(), label, progress);
                    return new Imported(outcome, new Loaded(ws.load(outcome.snapshot().id(), progress), ws.snapshots()));
                },
                imported -> {
                    apply(imported.loaded());
                    ImportMessages.reportWarnings(dialogs, label, imported.outcome().warnings());
                },
                error -> dialogs.showError("Could not import " + label, error)));
    }

    /** Asks for an identity (by name or id) to be selected once the identities are ranked. */
    public void preferSelection(String nameOrId) {
        panels.identities().preferSelection(nameOrId);
    }

    /** Closes the workspace (and so the embedded Neo4j); call after background work has stopped. */
    public void close() {
        closed = true;
        workspace.ifPresent(Workspace::close);
        workspace = Optional.empty();
    }

    public WindowPanels panels() {
        return panels;
    }

    public Optional<LoadedSnapshot> current() {
        return Optional.ofNullable(current.get());
    }

    /** The loaded snapshot; {@code null} until one is loaded. */
    public ReadOnlyObjectProperty<LoadedSnapshot> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** All stored snapshots, newest first, for the switcher. */
    public ObservableList<Snapshot> snapshots() {
        return snapshots;
    }

    /** The snapshot picked in the switcher; choosing another one loads it. */
    public ObjectProperty<Snapshot> chosenSnapshotProperty() {
        return chosenSnapshot;
    }

    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True once the workspace is open, so importing is possible. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    private void connectPanels() {
        theme.bind(Bindings.when(darkTheme).then(Theme.DARK).otherwise(Theme.LIGHT));
        PanelLinks.connect(panels, current.getReadOnlyProperty(), theme.getReadOnlyProperty());
        PanelLinks.searchFollows(panels, search, current.getReadOnlyProperty());
        panels.identities().selectedProperty().addListener((obs, old, row) -> {
            if (row != null && !navigating) {
                history.visit(row.id());
            }
        });
        panels.export().lastExportProperty().addListener((obs, old, file) -> {
            if (file != null) {
                status.set("Exported " + file.toAbsolutePath());
            }
        });
        chosenSnapshot.addListener((obs, old, chosen) -> {
            if (chosen != null) {
                openSnapshot(chosen);
            }
        });
    }

    private void opened(Workspace opened) {
        if (closed) {
            opened.close();
            return;
        }
        workspace = Optional.of(opened);
        storeDescription = opened.store().describe();
        panels.console().connect(opened.store().console());
        ready.set(true);
        status.set("Loading the newest snapshot\u2026");
        background.run("Loading the newest snapshot",
                progress -> new Loaded(opened.loadLatestOrSample(progress), opened.snapshots()),
                this::apply,
                error -> {
                    status.set("No snapshot loaded");
                    dialogs.showError("Could not load a snapshot", error);
                });
    }

    private void apply(Loaded loaded) {
        snapshots.setAll(loaded.all());
        showSnapshot(loaded.snapshot());
        String id = loaded.snapshot().snapshot().id();
        chosenSnapshot.set(snapshots.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElse(loaded.snapshot().snapshot()));
    }

    private void searched(SearchHit hit) {
        if (hit.listed()) {
            if (panels.identities().visibleRows().stream().noneMatch(r -> r.id().equals(hit.entity().id()))) {
                panels.identities().filterTextProperty().set("");
                panels.identities().aiAgentsOnlyProperty().set(false);
                panels.identities().reachesCrownJewelsProperty().set(false);
                panels.identities().providerProperty().set(null);
                panels.identities().nonHumanOnlyProperty().set(hit.entity().kind().isRankedByDefault());
            }
            panels.identities().select(hit.entity().id());
            return;
        }
        current().ifPresent(s -> panels.details().inspect(s.graph(), panels.graph().radius(), hit.entity().id()));
    }

    private void revisit(io.blastwall.model.EntityId id) {
        navigating = true;
        try {
            panels.identities().select(id);
        } finally {
            navigating = false;
        }
    }

    private void rememberRecent(List<Path> inputs) {
        List<Path> all = new java.util.ArrayList<>();
        inputs.forEach(p -> all.add(p.toAbsolutePath().normalize()));
        recent.stream().filter(p -> !all.contains(p)).forEach(all::add);
        recent.setAll(all.subList(0, Math.min(all.size(), WindowSettings.MAX_RECENT)));
        if (remember) {
            settings.save(settings.load().withRecentReplaced(recent));
        }
    }

    private void withWorkspace(Consumer<Workspace> action) {
        workspace.ifPresentOrElse(action, () -> dialogs.showInformation(
                "The store is not open yet", "Blastwall is still opening its store; try again in a moment.", ""));
    }

    private record Loaded(LoadedSnapshot snapshot, List<Snapshot> all) {}

    private record Imported(ImportOutcome outcome, Loaded loaded) {}
}
