package io.blastwall.app.ui.main;

import io.blastwall.app.ImportOutcome;
import io.blastwall.app.LoadedSnapshot;
import io.blastwall.app.Workspace;
import io.blastwall.app.background.Background;
import io.blastwall.app.background.BackgroundWork;
import io.blastwall.app.ui.common.DialogService;
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

    private void withWorkspace(Consumer<Workspace> action) {
        workspace.ifPresentOrElse(action, () -> dialogs.showInformation(
                "The store is not open yet", "Blastwall is still opening its store; try again in a moment.", ""));
    }

    private record Loaded(LoadedSnapshot snapshot, List<Snapshot> all) {}

    private record Imported(ImportOutcome outcome, Loaded loaded) {}
}
