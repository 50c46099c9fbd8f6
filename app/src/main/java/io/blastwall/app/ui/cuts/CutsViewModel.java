package io.blastwall.app.ui.cuts;

import io.blastwall.analysis.Analysis;
import io.blastwall.analysis.BlastRadius;
import io.blastwall.analysis.Cut;
import io.blastwall.analysis.CutPlan;
import io.blastwall.analysis.CutQuery;
import io.blastwall.app.LoadedSnapshot;
import io.blastwall.app.background.Background;
import io.blastwall.app.ui.common.DialogService;
import io.blastwall.app.ui.common.LatestRequest;
import io.blastwall.model.EntityId;
import io.blastwall.model.IdentityGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The suggested cuts of the selected identity (the cheapest and, when it differs, the closest minimum cut from
 * the cut advisor), each with its grants, cost and collateral, and the "simulate" toggle that recomputes the
 * radius without the chosen cut's grants and shows the before/after delta.
 */
public final class CutsViewModel {
    private static final String NO_SELECTION = "Select an identity to see the cuts that close its paths";

    private final Background background;
    private final DialogService dialogs;
    private final LatestRequest requests = new LatestRequest();
    private final LatestRequest simulations = new LatestRequest();
    private final ObservableList<CutOption> options = FXCollections.observableArrayList();
    private final ObservableList<CutOption> readOnlyOptions = FXCollections.unmodifiableObservableList(options);
    private final ObjectProperty<CutOption> chosen = new SimpleObjectProperty<>(this, "chosen");
    private final BooleanProperty simulate = new SimpleBooleanProperty(this, "simulate", false);
    private final ReadOnlyObjectWrapper<Simulation> simulation = new ReadOnlyObjectWrapper<>(this, "simulation");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", NO_SELECTION);
    private final ReadOnlyStringWrapper delta = new ReadOnlyStringWrapper(this, "delta", "");
    private Optional<Shown> shown = Optional.empty();

    public CutsViewModel(Background background, DialogService dialogs) {
        this.background = background;
        this.dialogs = dialogs;
        chosen.addListener((obs, old, option) -> {
            summary.set(option == null ? summary.get() : option.summary());
            resimulate();
        });
        simulate.addListener((obs, old, on) -> resimulate());
    }

    /** Computes the cuts of {@code identity} to its crown jewels in the background. */
    public void show(LoadedSnapshot snapshot, EntityId identity) {
        long ticket = requests.next();
        clearResults("Computing the cuts\u2026");
        String name = snapshot.graph().require(identity).name();
        shown = Optional.of(new Shown(snapshot, identity));
        background.run("Computing the cuts for " + name, progress -> {
                    requests.checkCurrent(ticket);
                    return options(snapshot, identity);
                },
                found -> {
                    if (requests.isCurrent(ticket)) {
                        apply(found, name);
                    }
                },
                error -> {
                    if (requests.isCurrent(ticket)) {
                        clearResults("Could not compute the cuts");
                        dialogs.showError("Could not compute the cuts of " + name, error);
                    }
                });
    }

    public void clear() {
        requests.next();
        shown = Optional.empty();
        clearResults(NO_SELECTION);
    }

    /** The cheapest cut, then the closest one when it removes other grants. */
    public ObservableList<CutOption> options() {
        return readOnlyOptions;
    }

    /**
     * The cut shown (and simulated). After {@link #show}: of the two minimum-cost cuts, the one with the least
     * collateral (fewest other identities losing access), the cheapest on a tie.
     */
    public ObjectProperty<CutOption> chosenProperty() {
        return chosen;
    }

    /** While on, the chosen cut is simulated: {@link #simulationProperty()} holds the radius without its grants. */
    public BooleanProperty simulateProperty() {
        return simulate;
    }

    /** The simulated cut; {@code null} while nothing is simulated. */
    public ReadOnlyObjectProperty<Simulation> simulationProperty() {
        return simulation.getReadOnlyProperty();
    }

    public Optional<Simulation> simulation() {
        return Optional.ofNullable(simulation.get());
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** "Radius 42 → 12 (−30) · …" while simulating, "" otherwise. */
    public ReadOnlyStringProperty deltaProperty() {
        return delta.getReadOnlyProperty();
    }

    private static List<CutOption> options(LoadedSnapshot snapshot, EntityId identity) {
        Analysis analysis = snapshot.analysis();
        CutPlan plan = analysis.cuts().plan(CutQuery.from(identity));
        List<CutOption> found = new ArrayList<>();
        if (plan.cheapest().isEmpty()) {
            return found;
        }
        found.add(option("Cheapest cut (nearest the crown jewels)", plan.cheapest(), snapshot));
        if (plan.closestDiffers()) {
            found.add(option("Closest cut (nearest the identity)", plan.closest(), snapshot));
        }
        return found;
    }

    private static CutOption option(String label, Cut cut, LoadedSnapshot snapshot) {
        IdentityGraph graph = snapshot.graph();
        List<CutRow> rows = cut.grants().stream()
                .map(g -> new CutRow(g, CutSummary.nameOf(g.holder(), graph), snapshot.analysis().cuts().costOf(g)))
                .toList();
        return new CutOption(label + ": " + rows.size() + (rows.size() == 1 ? " grant" : " grants"), cut, rows,
                CutSummary.of(cut, graph), CutSummary.collateral(cut, graph));
    }

    private void apply(List<CutOption> found, String name) {
        options.setAll(found);
        if (found.isEmpty()) {
            summary.set("Nothing to cut: " + name + " reaches no crown jewel that a grant removal can close off.");
        }
        chosen.set(found.stream().min(java.util.Comparator.comparingInt(o -> o.cut().collateral().size())).orElse(null));
    }

    private void resimulate() {
        long ticket = simulations.next();
        CutOption option = chosen.get();
        if (!simulate.get() || option == null || shown.isEmpty()) {
            simulation.set(null);
            delta.set("");
            return;
        }
        Shown on = shown.get();
        background.run("Simulating the cut", progress -> {
                    simulations.checkCurrent(ticket);
                    BlastRadius before = on.snapshot().analysis().radii().radius(on.identity());
                    BlastRadius after = on.snapshot().analysis().withoutGrants(option.grantIds()).radii().radius(on.identity());
                    return new Simulation(option.grantIds(), before, after, option.cut().collateral());
                },
                done -> {
                    if (simulations.isCurrent(ticket)) {
                        simulation.set(done);
                        delta.set(done.delta());
                    }
                },
                error -> {
                    if (simulations.isCurrent(ticket)) {
                        simulate.set(false);
                        dialogs.showError("Could not simulate the cut", error);
                    }
                });
    }

    private void clearResults(String message) {
        simulate.set(false);
        chosen.set(null);
        options.clear();
        summary.set(message);
        simulation.set(null);
        delta.set("");
    }

    private record Shown(LoadedSnapshot snapshot, EntityId identity) {}
}
