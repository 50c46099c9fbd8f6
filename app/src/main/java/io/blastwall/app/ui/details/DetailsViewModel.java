package io.blastwall.app.ui.details;

import io.blastwall.analysis.BlastRadius;
import io.blastwall.app.ui.graph.DiagramSelection;
import io.blastwall.model.IdentityGraph;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The inspector: properties of the selected entity, or the rule and evidence of the selected edge. */
public final class DetailsViewModel {
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper(this, "subtitle", "");
    private final ObservableList<DetailRow> rows = FXCollections.observableArrayList();
    private final ObservableList<EvidenceItem> evidence = FXCollections.observableArrayList();
    private final ObservableList<DetailRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<EvidenceItem> readOnlyEvidence = FXCollections.unmodifiableObservableList(evidence);

    private String snapshot = "";

    public DetailsViewModel() {
        apply(Inspection.NOTHING);
    }

    /** The snapshot the selected things come from, named under an edge's evidence ("" for none). */
    public void useSnapshot(String label) {
        snapshot = label;
    }

    /** Shows what is selected on the diagram of {@code radius}, looked up in {@code graph}. */
    public void show(IdentityGraph graph, Optional<BlastRadius> radius, DiagramSelection selection) {
        apply(switch (selection) {
            case DiagramSelection.Nothing nothing -> Inspection.NOTHING;
            case DiagramSelection.NodeSelected node when node.node().group() ->
                    EntityInspection.ofGroup(graph, radius, node.node());
            case DiagramSelection.NodeSelected node -> EntityInspection.of(graph, radius, node.node().entity());
            case DiagramSelection.EdgeSelected edge -> EdgeInspection.of(graph, edge.edge()).withRow("Snapshot", snapshot);
        });
    }

    /** Shows an entity found by search, with what {@code radius} says about it when it is inside. */
    public void inspect(IdentityGraph graph, Optional<BlastRadius> radius, io.blastwall.model.EntityId entity) {
        apply(EntityInspection.of(graph, radius, entity));
    }

    public void clear() {
        apply(Inspection.NOTHING);
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }

    /** Name–value lines, read-only for the view. */
    public ObservableList<DetailRow> rows() {
        return readOnlyRows;
    }

    /** The evidence of the grants behind the selected edge; empty for entities. */
    public ObservableList<EvidenceItem> evidence() {
        return readOnlyEvidence;
    }

    private void apply(Inspection inspection) {
        title.set(inspection.title());
        subtitle.set(inspection.subtitle());
        rows.setAll(inspection.rows());
        evidence.setAll(inspection.evidence());
    }
}
