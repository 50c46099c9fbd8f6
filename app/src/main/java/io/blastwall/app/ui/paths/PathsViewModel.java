package io.blastwall.app.ui.paths;

import io.blastwall.analysis.AttackPath;
import io.blastwall.analysis.AttackPathFinder;
import io.blastwall.app.LoadedSnapshot;
import io.blastwall.app.background.Background;
import io.blastwall.app.ui.common.DialogService;
import io.blastwall.app.ui.common.LatestRequest;
import io.blastwall.model.EntityId;
import io.blastwall.model.IdentityGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Attack paths from the selected identity to crown jewels: the shortest one per jewel, or up to {@link
 * #pathsPerJewelProperty() k} per jewel; the selected one is highlighted on the canvas.
 */
public final class PathsViewModel {
    public static final int MAX_PATHS_PER_JEWEL = 5;
    private static final String NO_SELECTION = "Select an identity to see its attack paths";

    private final Background background;
    private final DialogService dialogs;
    private final LatestRequest requests = new LatestRequest();
    private final ObservableList<PathRow> paths = FXCollections.observableArrayList();
    private final ObservableList<PathRow> readOnlyPaths = FXCollections.unmodifiableObservableList(paths);
    private final ReadOnlyStringWrapper pathsSummary = new ReadOnlyStringWrapper(this, "pathsSummary", NO_SELECTION);
    private final ReadOnlyObjectWrapper<PathRow> selectedPath = new ReadOnlyObjectWrapper<>(this, "selectedPath");
    private final IntegerProperty pathsPerJewel = new SimpleIntegerProperty(this, "pathsPerJewel", 1);
    private Optional<Shown> shown = Optional.empty();

    public PathsViewModel(Background background, DialogService dialogs) {
        this.background = background;
        this.dialogs = dialogs;
        pathsPerJewel.addListener((obs, old, k) -> shown.ifPresent(s -> show(s.snapshot(), s.identity())));
    }

    /** Finds the attack paths of {@code identity} in the background. */
    public void show(LoadedSnapshot snapshot, EntityId identity) {
        long ticket = requests.next();
        shown = Optional.of(new Shown(snapshot, identity));
        clearResults("Finding attack paths\u2026");
        String name = snapshot.graph().require(identity).name();
        int k = Math.max(1, Math.min(MAX_PATHS_PER_JEWEL, pathsPerJewel.get()));
        background.run("Finding attack paths for " + name, progress -> {
                    requests.checkCurrent(ticket);
                    return find(snapshot.analysis().paths(), identity, k);
                },
                found -> {
                    if (requests.isCurrent(ticket)) {
                        apply(found, snapshot.graph(), name);
                    }
                },
                error -> {
                    if (requests.isCurrent(ticket)) {
                        clearResults("Could not find attack paths");
                        dialogs.showError("Could not find the attack paths of " + name, error);
                    }
                });
    }

    public void clear() {
        requests.next();
        shown = Optional.empty();
        clearResults(NO_SELECTION);
    }

    public void selectPath(PathRow row) {
        selectedPath.set(row);
    }

    public void clearPathSelection() {
        selectedPath.set(null);
    }

    public ObservableList<PathRow> paths() {
        return readOnlyPaths;
    }

    public ReadOnlyStringProperty pathsSummaryProperty() {
        return pathsSummary.getReadOnlyProperty();
    }

    /** How many shortest paths to list per crown jewel (1 to {@value #MAX_PATHS_PER_JEWEL}); changing it recomputes. */
    public IntegerProperty pathsPerJewelProperty() {
        return pathsPerJewel;
    }

    /** The path highlighted on the canvas; {@code null} when none is. */
    public ReadOnlyObjectProperty<PathRow> selectedPathProperty() {
        return selectedPath.getReadOnlyProperty();
    }

    private static List<AttackPath> find(AttackPathFinder finder, EntityId identity, int k) {
        List<AttackPath> shortest = finder.toCrownJewels(identity);
        if (k == 1) {
            return shortest;
        }
        List<AttackPath> all = new ArrayList<>();
        for (AttackPath first : shortest) {
            if (Thread.currentThread().isInterrupted()) {
                throw new java.util.concurrent.CancellationException("cancelled");
            }
            List<AttackPath> more = finder.kShortest(identity, first.target(), k);
            all.addAll(more.isEmpty() ? List.of(first) : more);
        }
        return all;
    }

    private void apply(List<AttackPath> found, IdentityGraph graph, String name) {
        paths.setAll(found.stream().map(p -> PathRow.of(p, graph)).toList());
        long jewels = found.stream().map(AttackPath::target).distinct().count();
        pathsSummary.set(found.isEmpty()
                ? name + " reaches no crown jewel"
                : found.size() + " attack path" + (found.size() == 1 ? "" : "s") + " from " + name + " to "
                        + jewels + " crown jewel" + (jewels == 1 ? "" : "s"));
    }

    private void clearResults(String message) {
        selectedPath.set(null);
        paths.clear();
        pathsSummary.set(message);
    }

    private record Shown(LoadedSnapshot snapshot, EntityId identity) {}
}
