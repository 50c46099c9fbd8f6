package io.blastwall.app.ui.paths;

import io.blastwall.analysis.Analysis;
import io.blastwall.analysis.AttackPath;
import io.blastwall.analysis.Cut;
import io.blastwall.app.LoadedSnapshot;
import io.blastwall.app.background.Background;
import io.blastwall.app.ui.common.DialogService;
import io.blastwall.app.ui.common.LatestRequest;
import io.blastwall.model.EntityId;
import io.blastwall.model.IdentityGraph;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Attack paths from the selected identity to crown jewels, and the minimum cut that breaks them all. */
public final class PathsViewModel {
    private static final String NO_SELECTION = "Select an identity to see its attack paths";

    private final Background background;
    private final DialogService dialogs;
    private final LatestRequest requests = new LatestRequest();
    private final ObservableList<PathRow> paths = FXCollections.observableArrayList();
    private final ObservableList<CutRow> cutGrants = FXCollections.observableArrayList();
    private final ObservableList<String> collateral = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper pathsSummary = new ReadOnlyStringWrapper(this, "pathsSummary", NO_SELECTION);
    private final ReadOnlyStringWrapper cutSummary = new ReadOnlyStringWrapper(this, "cutSummary", NO_SELECTION);
    private final ReadOnlyObjectWrapper<PathRow> selectedPath = new ReadOnlyObjectWrapper<>(this, "selectedPath");
    private final ObservableList<PathRow> readOnlyPaths = FXCollections.unmodifiableObservableList(paths);
    private final ObservableList<CutRow> readOnlyCutGrants = FXCollections.unmodifiableObservableList(cutGrants);
    private final ObservableList<String> readOnlyCollateral = FXCollections.unmodifiableObservableList(collateral);
    private Optional<Cut> cut = Optional.empty();

    public PathsViewModel(Background background, DialogService dialogs) {
        this.background = background;
        this.dialogs = dialogs;
    }

    /** Finds the attack paths and the minimum cut of {@code identity} in the background. */
    public void show(LoadedSnapshot snapshot, EntityId identity) {
        long ticket = requests.next();
        clearResults("Finding attack paths\u2026");
        String name = snapshot.graph().require(identity).name();
        background.run("Finding attack paths and cuts for " + name, progress -> {
                    requests.checkCurrent(ticket);
                    return compute(snapshot, identity);
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

    public ObservableList<CutRow> cutGrants() {
        return readOnlyCutGrants;
    }

    /** One line per other identity that would lose access if the cut were applied. */
    public ObservableList<String> collateral() {
        return readOnlyCollateral;
    }

    public Optional<Cut> cut() {
        return cut;
    }

    public ReadOnlyStringProperty pathsSummaryProperty() {
        return pathsSummary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty cutSummaryProperty() {
        return cutSummary.getReadOnlyProperty();
    }

    /** The path highlighted on the canvas; {@code null} when none is. */
    public ReadOnlyObjectProperty<PathRow> selectedPathProperty() {
        return selectedPath.getReadOnlyProperty();
    }

    private static Found compute(LoadedSnapshot snapshot, EntityId identity) {
        Analysis analysis = snapshot.analysis();
        List<AttackPath> found = analysis.paths().toCrownJewels(identity);
        if (found.isEmpty()) {
            return new Found(found, Optional.empty(), List.of());
        }
        Cut minimum = analysis.cuts().minimumCutToCrownJewels(identity);
        List<CutRow> rows = minimum.grants().stream()
                .map(g -> new CutRow(g, CutSummary.nameOf(g.holder(), snapshot.graph()), analysis.cuts().costOf(g)))
                .toList();
        return new Found(found, Optional.of(minimum), rows);
    }

    private void apply(Found found, IdentityGraph graph, String name) {
        paths.setAll(found.paths().stream().map(p -> PathRow.of(p, graph)).toList());
        cut = found.cut();
        cutGrants.setAll(found.cutRows());
        collateral.setAll(found.cut().map(c -> CutSummary.collateral(c, graph)).orElse(List.of()));
        pathsSummary.set(found.paths().isEmpty()
                ? name + " reaches no crown jewel"
                : found.paths().size() + " attack path" + (found.paths().size() == 1 ? "" : "s")
                        + " from " + name + " to crown jewels");
        cutSummary.set(found.cut().map(c -> CutSummary.of(c, graph))
                .orElse("Nothing to cut: " + name + " reaches no crown jewel."));
    }

    private void clearResults(String message) {
        selectedPath.set(null);
        paths.clear();
        cutGrants.clear();
        collateral.clear();
        cut = Optional.empty();
        pathsSummary.set(message);
        cutSummary.set(message);
    }

    private record Found(List<AttackPath> paths, Optional<Cut> cut, List<CutRow> cutRows) {}
}
