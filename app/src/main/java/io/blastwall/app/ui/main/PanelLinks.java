package io.blastwall.app.ui.main;

import io.blastwall.app.LoadedSnapshot;
import io.blastwall.app.ui.cuts.Simulation;
import io.blastwall.app.ui.identities.IdentityRow;
import io.blastwall.app.ui.paths.PathRow;
import io.blastwall.model.EntityId;
import io.blastwall.styles.Theme;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;

/**
 * How the panels follow each other: the selected identity's radius, paths, cuts and findings are computed, what
 * is clicked on the canvas shows in the inspector, the selected attack path is highlighted, and a simulated cut
 * is shown on the canvas.
 */
final class PanelLinks {
    private final WindowPanels panels;
    private final ReadOnlyObjectProperty<LoadedSnapshot> current;

    private PanelLinks(WindowPanels panels, ReadOnlyObjectProperty<LoadedSnapshot> current) {
        this.panels = panels;
        this.current = current;
    }

    /** Connects the panels for as long as they live; {@code current} is the snapshot shown. */
    static void connect(
            WindowPanels panels, ReadOnlyObjectProperty<LoadedSnapshot> current, ObservableValue<Theme> theme) {
        PanelLinks links = new PanelLinks(panels, current);
        panels.graph().themeProperty().bind(theme);
        panels.identities().selectedProperty().addListener((obs, old, row) -> links.identitySelected(row));
        panels.graph().selectionProperty().addListener((obs, old, selection) -> links.shown().ifPresentOrElse(
                s -> panels.details().show(s.graph(), panels.graph().radius(), selection),
                () -> panels.details().clear()));
        panels.paths().selectedPathProperty().addListener((obs, old, row) -> links.pathSelected(row));
        panels.cuts().simulationProperty().addListener((obs, old, simulation) -> links.simulated(simulation));
        current.addListener((obs, old, snapshot) -> links.snapshotShown(snapshot));
    }

    private Optional<LoadedSnapshot> shown() {
        return Optional.ofNullable(current.get());
    }

    private void snapshotShown(LoadedSnapshot snapshot) {
        panels.export().use(Optional.ofNullable(snapshot), Optional.empty());
        if (snapshot == null) {
            panels.findings().clear();
            return;
        }
        panels.console().useSnapshot(snapshot.snapshot().id());
        panels.details().useSnapshot(SnapshotStatus.label(snapshot.snapshot()) + " (" + snapshot.snapshot().id() + ")");
        panels.findings().show(snapshot);
    }

    private void identitySelected(IdentityRow row) {
        Optional<LoadedSnapshot> snapshot = shown();
        Optional<EntityId> id = Optional.ofNullable(row).map(IdentityRow::id);
        panels.export().use(snapshot, id);
        panels.findings().selectedIdentityProperty().set(id.orElse(null));
        if (row == null || snapshot.isEmpty()) {
            panels.graph().clear();
            panels.paths().clear();
            panels.cuts().clear();
            return;
        }
        panels.graph().show(snapshot.get(), row.id());
        panels.paths().show(snapshot.get(), row.id());
        panels.cuts().show(snapshot.get(), row.id());
    }

    private void pathSelected(PathRow row) {
        if (row == null) {
            panels.graph().clearHighlight();
        } else {
            panels.graph().highlight(row.path());
        }
    }

    /** A simulated cut is drawn on the canvas (what is lost marked), and the canvas returns when it ends. */
    private void simulated(Simulation simulation) {
        Optional<LoadedSnapshot> snapshot = shown();
        Optional<IdentityRow> identity = panels.identities().selected();
        if (simulation == null || snapshot.isEmpty() || identity.isEmpty()) {
            panels.graph().endSimulation();
            panels.export().useSimulation(java.util.Set.of());
        } else {
            panels.graph().simulate(snapshot.get(), identity.get().id(), simulation.removed());
            panels.export().useSimulation(simulation.removed());
        }
    }

    /** The search box completes over the snapshot's entities; ranked identities are selected, others inspected. */
    static void searchFollows(WindowPanels panels, io.blastwall.app.ui.search.SearchViewModel search,
            ReadOnlyObjectProperty<LoadedSnapshot> current) {
        panels.identities().rows().addListener((ListChangeListener<IdentityRow>) change -> {
            LoadedSnapshot snapshot = current.get();
            if (snapshot == null || panels.identities().rows().isEmpty()) {
                search.clear();
            } else {
                search.use(snapshot.graph(), panels.identities().rows().stream().map(IdentityRow::id)
                        .collect(Collectors.toSet()));
            }
        });
    }
}
