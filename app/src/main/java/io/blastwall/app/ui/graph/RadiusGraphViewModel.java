package io.blastwall.app.ui.graph;

import io.blastwall.analysis.AttackPath;
import io.blastwall.analysis.BlastRadius;
import io.blastwall.analysis.ProgressListener;
import io.blastwall.app.LoadedSnapshot;
import io.blastwall.app.background.Background;
import io.blastwall.app.ui.common.DialogService;
import io.blastwall.app.ui.common.LatestRequest;
import io.blastwall.model.EntityId;
import io.blastwall.model.GrantId;
import io.blastwall.styles.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The blast radius of the selected identity as a laid-out diagram, what is selected on it, which attack path
 * is highlighted, and a simulated removal of grants. Radii, simulations and layouts are computed in the
 * background; the diagram is replaced when they are ready.
 */
public final class RadiusGraphViewModel {
    /** Above this many nodes the table takes over from the canvas, unless the user forces the canvas. */
    public static final int DEFAULT_TABLE_THRESHOLD = 50_000;

    private static final String NO_SELECTION = "Select an identity to see its blast radius";

    private final Background background;
    private final DialogService dialogs;
    private final LatestRequest requests = new LatestRequest();
    private final ReadOnlyObjectWrapper<RadiusDiagram> diagram =
            new ReadOnlyObjectWrapper<>(this, "diagram", RadiusDiagram.empty());
    private final ReadOnlyObjectWrapper<DiagramSelection> selection =
            new ReadOnlyObjectWrapper<>(this, "selection", DiagramSelection.nothing());
    private final ReadOnlyObjectWrapper<Highlight> highlight =
            new ReadOnlyObjectWrapper<>(this, "highlight", Highlight.none());
    private final ReadOnlyObjectWrapper<SimulationMarks> marks =
            new ReadOnlyObjectWrapper<>(this, "marks", SimulationMarks.none());
    private final ReadOnlyObjectWrapper<Optional<RadiusSimulation>> simulation =
            new ReadOnlyObjectWrapper<>(this, "simulation", Optional.empty());
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ReadOnlyBooleanWrapper tableShown = new ReadOnlyBooleanWrapper(this, "tableShown", false);
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(this, "caption", NO_SELECTION);
    private final ReadOnlyStringWrapper tableNote = new ReadOnlyStringWrapper(this, "tableNote", "");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final ObjectProperty<GraphLayout> layout =
            new SimpleObjectProperty<>(this, "layout", GraphLayout.HOP_DISTANCE);
    private final IntegerProperty tableThreshold =
            new SimpleIntegerProperty(this, "tableThreshold", DEFAULT_TABLE_THRESHOLD);
    private final ObservableList<RadiusRow> rows = FXCollections.observableArrayList();
    private Optional<Shown> shown = Optional.empty();
    private DiagramOptions options = DiagramOptions.of(GraphLayout.HOP_DISTANCE);
    private Optional<AttackPath> highlightedPath = Optional.empty();
    private boolean canvasForced;

    public RadiusGraphViewModel(Background background, DialogService dialogs) {
        this.background = background;
        this.dialogs = dialogs;
        layout.addListener((obs, old, chosen) -> layoutChosen(chosen == null ? GraphLayout.HOP_DISTANCE : chosen));
        tableThreshold.addListener((obs, old, limit) -> updateTable());
    }

    /** Computes and lays out the radius of {@code identity}, replacing what is shown (and ending a simulation). */
    public void show(LoadedSnapshot snapshot, EntityId identity) {
        String name = snapshot.graph().require(identity).name();
        DiagramOptions fresh = DiagramOptions.of(options.layout());
        shown = Optional.empty();
        compute("Computing the blast radius of " + name, name, progress -> {
            BlastRadius radius = snapshot.analysis().radii().radius(identity);
            return RadiusDrawing.of(new Shown(snapshot, name, radius, Optional.empty(), Set.of()), fresh, progress);
        });
    }

    /**
     * Computes the radius of {@code identity} without {@code removedGrants} and shows it over the radius as it
     * is: what is lost stays drawn and is marked lost, the removed relations are marked cut, and the caption
     * and {@link #simulationProperty()} give the figures before and after.
     */
    public void simulate(LoadedSnapshot snapshot, EntityId identity, Set<GrantId> removedGrants) {
        String name = snapshot.graph().require(identity).name();
        Set<GrantId> removed = Set.copyOf(removedGrants);
        Optional<BlastRadius> known = shown.filter(s -> s.snapshot() == snapshot && s.radius().identity().equals(identity))
                .map(Shown::radius);
        DiagramOptions kept = known.isPresent() ? options : DiagramOptions.of(options.layout());
        compute("Simulating the removal of " + removed.size() + " grants for " + name, name, progress -> {
            BlastRadius before = known.orElseGet(() -> snapshot.analysis().radii().radius(identity));
            BlastRadius after = snapshot.analysis().withoutGrants(removed).radii().radius(identity);
            return RadiusDrawing.of(new Shown(snapshot, name, before, Optional.of(after), removed), kept, progress);
        });
    }

    /** Returns to the radius as it is, after {@link #simulate}. Does nothing when no simulation is shown. */
    public void endSimulation() {
        shown.filter(Shown::isSimulation).ifPresent(s -> relayout(s.normal(), options));
    }

    /**
     * Shows a diagram that was laid out elsewhere, with no radius behind it: for the frame-time benchmark and
     * view tests that draw synthetic diagrams of a given size.
     */
    void display(RadiusDiagram laidOut) {
        requests.next();
        shown = Optional.empty();
        diagram.set(laidOut);
        marks.set(SimulationMarks.none());
        highlight.set(Highlight.none());
        selectRoot();
        caption.set(laidOut.nodes().size() + " nodes, " + laidOut.edges().size() + " edges");
        updateTable();
    }

    /** Shows nothing (no identity selected, or another snapshot is loading). */
    public void clear() {
        requests.next();
        shown = Optional.empty();
        highlightedPath = Optional.empty();
        options = DiagramOptions.of(options.layout());
        diagram.set(RadiusDiagram.empty());
        selection.set(DiagramSelection.nothing());
        highlight.set(Highlight.none());
        marks.set(SimulationMarks.none());
        simulation.set(Optional.empty());
        rows.clear();
        loading.set(false);
        caption.set(NO_SELECTION);
        updateTable();
    }

    /** Selects what is at a diagram point: a node, else an edge within {@code tolerance}, else the root. */
    public void selectAt(double worldX, double worldY, double tolerance) {
        RadiusDiagram d = diagram.get();
        Optional<DiagramNode> node = d.nodeAt(worldX, worldY);
        if (node.isPresent()) {
            selection.set(new DiagramSelection.NodeSelected(node.get()));
            return;
        }
        Optional<DiagramEdge> edge = d.edgeAt(worldX, worldY, tolerance);
        if (edge.isPresent()) {
            selection.set(new DiagramSelection.EdgeSelected(edge.get()));
        } else {
            selectRoot();
        }
    }

    /** Selects the node that shows an entity, if the diagram shows it. */
    public void selectEntity(EntityId entity) {
        diagram.get().nodeOf(entity).ifPresent(n -> selection.set(new DiagramSelection.NodeSelected(n)));
    }

    /** Selects the analysed identity. */
    public void selectRoot() {
        selection.set(diagram.get().root()
                .<DiagramSelection>map(DiagramSelection.NodeSelected::new)
                .orElse(DiagramSelection.nothing()));
    }

    public void highlight(AttackPath path) {
        highlightedPath = Optional.of(path);
        highlight.set(Highlight.of(path, diagram.get()));
    }

    public void clearHighlight() {
        highlightedPath = Optional.empty();
        highlight.set(Highlight.none());
    }

    /** What can be done with a node, first the action a double-click takes. */
    public List<NodeAction> actionsFor(DiagramNode node) {
        List<NodeAction> actions = new ArrayList<>();
        if (node.group()) {
            actions.add(NodeAction.EXPAND_GROUP);
        }
        if (node.isGroupMember()) {
            actions.add(NodeAction.FOLD_GROUP);
        }
        if (node.hasHiddenNeighbours()) {
            actions.add(NodeAction.EXPAND_NEIGHBOURS);
        } else if (leadsOn(node)) {
            actions.add(NodeAction.COLLAPSE_NEIGHBOURS);
        }
        return actions;
    }

    /** Does what a double-click on a node does: the first of its {@link #actionsFor actions}, if any. */
    public void toggle(DiagramNode node) {
        actionsFor(node).stream().findFirst().ifPresent(action -> perform(action, node));
    }

    /** Expands or folds a group, or shows or hides what a node reaches, and lays the diagram out again. */
    public void perform(NodeAction action, DiagramNode node) {
        DiagramOptions changed = switch (action) {
            case EXPAND_GROUP -> options.expanding(node.key());
            case FOLD_GROUP -> options.folding(node.foldKey());
            case EXPAND_NEIGHBOURS -> options.uncollapsing(node.key());
            case COLLAPSE_NEIGHBOURS -> options.collapsing(node.key());
        };
        shown.ifPresent(s -> relayout(s, changed));
    }

    /** Draws the radius on the canvas even though it is larger than the table threshold. */
    public void showCanvasAnyway() {
        canvasForced = true;
        if (layout.get() == GraphLayout.TABLE) {
            layout.set(GraphLayout.HOP_DISTANCE);
        }
        updateTable();
    }

    /** The current diagram as a standalone SVG document, as drawn on the canvas (without the viewport's crop). */
    public String svg() {
        return RadiusSvg.of(new PaintState(diagram.get(), selection.get(), highlight.get(), marks.get(),
                DiagramColors.of(theme.get())), caption.get());
    }

    /** The radius shown, once computed (the radius before the removal while simulating). */
    public Optional<BlastRadius> radius() {
        return shown.map(Shown::radius);
    }

    public ReadOnlyObjectProperty<RadiusDiagram> diagramProperty() {
        return diagram.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DiagramSelection> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Highlight> highlightProperty() {
        return highlight.getReadOnlyProperty();
    }

    /** The figures before and after the simulated removal, while one is shown. */
    public ReadOnlyObjectProperty<Optional<RadiusSimulation>> simulationProperty() {
        return simulation.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<SimulationMarks> marksProperty() {
        return marks.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** One line above the canvas: whose radius, how big, what it scores (or before → after in a simulation). */
    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    /** The colour theme the canvas paints with. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** How the radius is laid out; changing it lays the shown radius out again in the background. */
    public ObjectProperty<GraphLayout> layoutProperty() {
        return layout;
    }

    /** Diagrams with more nodes than this show as the table unless the canvas is forced. */
    public IntegerProperty tableThresholdProperty() {
        return tableThreshold;
    }

    /** Whether the table stands in for the canvas (chosen, or the radius is above the threshold). */
    public ReadOnlyBooleanProperty tableShownProperty() {
        return tableShown.getReadOnlyProperty();
    }

    /** Why the table is shown instead of the canvas, when the size decided it (empty otherwise). */
    public ReadOnlyStringProperty tableNoteProperty() {
        return tableNote.getReadOnlyProperty();
    }

    /** Every reached entity of the radius shown, nearest first, for the table. */
    public ObservableList<RadiusRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    private boolean leadsOn(DiagramNode node) {
        return diagram.get().edgesAt(node.key()).stream().anyMatch(e -> e.fromKey().equals(node.key()));
    }

    private void layoutChosen(GraphLayout chosen) {
        boolean relayout = chosen.isDrawn() && chosen != options.drawnLayout();
        options = options.withLayout(chosen);
        if (relayout) {
            shown.ifPresent(s -> relayout(s, options));
        }
        updateTable();
    }

    private void relayout(Shown what, DiagramOptions changed) {
        compute("Laying out the blast radius of " + what.name(), what.name(),
                progress -> RadiusDrawing.of(what, changed, progress));
    }

    private void compute(String title, String name, Work work) {
        long ticket = requests.next();
        loading.set(true);
        if (shown.isEmpty()) {
            caption.set("Computing the blast radius of " + name + "\u2026");
        }
        background.run(title, progress -> {
                    requests.checkCurrent(ticket);
                    return work.run(progress);
                },
                drawn -> {
                    if (requests.isCurrent(ticket)) {
                        apply(drawn);
                    }
                },
                error -> {
                    if (requests.isCurrent(ticket)) {
                        if (shown.isEmpty()) {
                            clear();
                        }
                        loading.set(false);
                        dialogs.showError("Could not draw the blast radius of " + name, error);
                    }
                });
    }

    private void apply(RadiusDrawing drawn) {
        boolean sameRadius = shown.map(s -> s.sameRadiusAs(drawn.shown())).orElse(false);
        if (!sameRadius) {
            highlightedPath = Optional.empty();
            canvasForced = false;
        }
        shown = Optional.of(drawn.shown());
        options = drawn.options().withLayout(layout.get());
        DiagramSelection before = selection.get();
        diagram.set(drawn.diagram());
        marks.set(drawn.marks());
        rows.setAll(drawn.rows());
        highlight.set(highlightedPath.map(p -> Highlight.of(p, drawn.diagram())).orElse(Highlight.none()));
        keepSelection(before, sameRadius);
        simulation.set(drawn.shown().simulation());
        loading.set(false);
        caption.set(drawn.shown().caption());
        updateTable();
    }

    private void keepSelection(DiagramSelection before, boolean sameRadius) {
        RadiusDiagram d = diagram.get();
        if (sameRadius && before instanceof DiagramSelection.NodeSelected n && d.node(n.node().key()).isPresent()) {
            selection.set(new DiagramSelection.NodeSelected(d.node(n.node().key()).get()));
        } else if (sameRadius && before instanceof DiagramSelection.EdgeSelected e
                && d.edges().stream().anyMatch(x -> x.key().equals(e.edge().key()))) {
            selection.set(e);
        } else {
            selectRoot();
        }
    }

    private void updateTable() {
        int nodes = diagram.get().nodes().size();
        boolean tooLarge = nodes > tableThreshold.get() && !canvasForced;
        tableShown.set(layout.get() == GraphLayout.TABLE || (shown.isPresent() && tooLarge));
        tableNote.set(tooLarge && layout.get() != GraphLayout.TABLE
                ? "This radius has " + nodes + " nodes, more than the canvas draws usefully (" + tableThreshold.get()
                        + "), so it is shown as a table."
                : "");
    }

    @FunctionalInterface
    private interface Work {
        RadiusDrawing run(ProgressListener progress) throws Exception;
    }
}
