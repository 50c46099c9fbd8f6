package io.blastwall.app.ui.graph;

import io.blastwall.analysis.AttackPath;
import io.blastwall.analysis.BlastRadius;
import io.blastwall.app.LoadedSnapshot;
import io.blastwall.app.background.Background;
import io.blastwall.app.ui.common.DialogService;
import io.blastwall.app.ui.common.LatestRequest;
import io.blastwall.model.EntityId;
import io.blastwall.styles.Theme;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The blast radius of the selected identity as a laid-out diagram, what is selected on it and which
 * attack path is highlighted. The radius and its layout are computed in the background.
 */
public final class RadiusGraphViewModel {
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
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(this, "caption", NO_SELECTION);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private Optional<BlastRadius> radius = Optional.empty();

    public RadiusGraphViewModel(Background background, DialogService dialogs) {
        this.background = background;
        this.dialogs = dialogs;
    }

    /** Computes and lays out the radius of {@code identity}, replacing what is shown. */
    public void show(LoadedSnapshot snapshot, EntityId identity) {
        long ticket = requests.next();
        String name = snapshot.graph().require(identity).name();
        loading.set(true);
        caption.set("Computing the blast radius of " + name + "\u2026");
        background.run("Computing the blast radius of " + name, progress -> {
                    requests.checkCurrent(ticket);
                    BlastRadius computed = snapshot.analysis().radii().radius(identity);
                    return new Drawn(computed, RadiusLayout.layout(snapshot.graph(), computed));
                },
                drawn -> {
                    if (requests.isCurrent(ticket)) {
                        apply(drawn, name);
                    }
                },
                error -> {
                    if (requests.isCurrent(ticket)) {
                        clear();
                        dialogs.showError("Could not compute the blast radius of " + name, error);
                    }
                });
    }

    /** Shows nothing (no identity selected, or another snapshot is loading). */
    public void clear() {
        requests.next();
        radius = Optional.empty();
        diagram.set(RadiusDiagram.empty());
        selection.set(DiagramSelection.nothing());
        highlight.set(Highlight.none());
        loading.set(false);
        caption.set(NO_SELECTION);
    }

    /** Selects what is at a diagram point: a node, else an edge within {@code tolerance}, else the root. */
    public void selectAt(double worldX, double worldY, double tolerance) {
        RadiusDiagram shown = diagram.get();
        Optional<DiagramNode> node = shown.nodeAt(worldX, worldY);
        if (node.isPresent()) {
            selection.set(new DiagramSelection.NodeSelected(node.get()));
            return;
        }
        Optional<DiagramEdge> edge = shown.edgeAt(worldX, worldY, tolerance);
        if (edge.isPresent()) {
            selection.set(new DiagramSelection.EdgeSelected(edge.get()));
        } else {
            selectRoot();
        }
    }

    /** Selects the analysed identity. */
    public void selectRoot() {
        selection.set(diagram.get().root()
                .<DiagramSelection>map(DiagramSelection.NodeSelected::new)
                .orElse(DiagramSelection.nothing()));
    }

    public void highlight(AttackPath path) {
        highlight.set(Highlight.of(path, diagram.get()));
    }

    public void clearHighlight() {
        highlight.set(Highlight.none());
    }

    /** The radius shown, once computed. */
    public Optional<BlastRadius> radius() {
        return radius;
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

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** One line above the canvas: whose radius, how big, what it scores. */
    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    /** The colour theme the canvas paints with. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    private void apply(Drawn drawn, String name) {
        radius = Optional.of(drawn.radius());
        highlight.set(Highlight.none());
        diagram.set(drawn.diagram());
        selectRoot();
        loading.set(false);
        caption.set(RadiusCaption.of(name, drawn.radius()));
    }

    private record Drawn(BlastRadius radius, RadiusDiagram diagram) {}
}
