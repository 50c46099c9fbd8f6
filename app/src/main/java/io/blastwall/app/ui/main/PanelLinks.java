package io.blastwall.app.ui.main;

import io.blastwall.app.LoadedSnapshot;
import io.blastwall.app.ui.identities.IdentityRow;
import io.blastwall.app.ui.paths.PathRow;
import io.blastwall.styles.Theme;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * How the panels follow each other: the selected identity's radius and paths are computed, what is
 * clicked on the canvas shows in the inspector, and the selected attack path is highlighted.
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
    }

    private Optional<LoadedSnapshot> shown() {
        return Optional.ofNullable(current.get());
    }

    private void identitySelected(IdentityRow row) {
        Optional<LoadedSnapshot> snapshot = shown();
        if (row == null || snapshot.isEmpty()) {
            panels.graph().clear();
            panels.paths().clear();
            return;
        }
        panels.graph().show(snapshot.get(), row.id());
        panels.paths().show(snapshot.get(), row.id());
    }

    private void pathSelected(PathRow row) {
        if (row == null) {
            panels.graph().clearHighlight();
        } else {
            panels.graph().highlight(row.path());
        }
    }
}
