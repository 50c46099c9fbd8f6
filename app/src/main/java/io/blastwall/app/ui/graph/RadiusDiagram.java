package io.blastwall.app.ui.graph;

import io.blastwall.model.EntityId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A blast radius laid out for drawing: positioned nodes and the edges between them, in world
 * coordinates, with hit-testing. Immutable; built off the FX thread by {@link RadiusLayout}.
 */
public final class RadiusDiagram {
    private static final RadiusDiagram EMPTY = new RadiusDiagram(List.of(), List.of(), Map.of());

    private final List<DiagramNode> nodes;
    private final List<DiagramEdge> edges;
    private final Map<String, DiagramNode> byKey = new LinkedHashMap<>();
    private final Map<EntityId, String> keyOfEntity;

    RadiusDiagram(List<DiagramNode> nodes, List<DiagramEdge> edges, Map<EntityId, String> keyOfEntity) {
        this.nodes = List.copyOf(nodes);
        this.edges = List.copyOf(edges);
        this.keyOfEntity = Map.copyOf(keyOfEntity);
        for (DiagramNode n : this.nodes) {
            byKey.put(n.key(), n);
        }
    }

    public static RadiusDiagram empty() {
        return EMPTY;
    }

    public boolean isEmpty() {
        return nodes.isEmpty();
    }

    public List<DiagramNode> nodes() {
        return nodes;
    }

    public List<DiagramEdge> edges() {
        return edges;
    }

    public Optional<DiagramNode> node(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The node that shows an entity: its own, or the group it was folded into. */
    public Optional<DiagramNode> nodeOf(EntityId entity) {
        return Optional.ofNullable(keyOfEntity.get(entity)).flatMap(this::node);
    }

    /** The analysed identity's node, if the diagram is not empty. */
    public Optional<DiagramNode> root() {
        return nodes.stream().filter(DiagramNode::isRoot).findFirst();
    }

    public EdgeCurve curve(DiagramEdge edge) {
        return EdgeCurve.between(byKey.get(edge.fromKey()), byKey.get(edge.toKey()));
    }

    /** The topmost node under a world point. */
    public Optional<DiagramNode> nodeAt(double x, double y) {
        return nodes.stream().filter(n -> n.contains(x, y)).findFirst();
    }

    /** The edge nearest to a world point, if one is within {@code tolerance}. */
    public Optional<DiagramEdge> edgeAt(double x, double y, double tolerance) {
        return edges.stream()
                .map(e -> Map.entry(e, curve(e).distanceTo(x, y)))
                .filter(entry -> entry.getValue() <= tolerance)
                .min(Comparator.comparingDouble(Map.Entry::getValue))
                .map(Map.Entry::getKey);
    }

    public int columnCount() {
        return nodes.stream().mapToInt(DiagramNode::column).max().orElse(-1) + 1;
    }

    /** The middle of a column (all its sub-columns), for its header. */
    public double columnCenterX(int column) {
        double left = nodes.stream().filter(n -> n.column() == column).mapToDouble(DiagramNode::x).min().orElse(0);
        double right = nodes.stream().filter(n -> n.column() == column).mapToDouble(DiagramNode::right).max().orElse(0);
        return (left + right) / 2;
    }

    public double minX() {
        return nodes.stream().mapToDouble(DiagramNode::x).min().orElse(0);
    }

    public double minY() {
        return nodes.stream().mapToDouble(DiagramNode::y).min().orElse(0);
    }

    public double maxX() {
        return nodes.stream().mapToDouble(DiagramNode::right).max().orElse(0);
    }

    public double maxY() {
        return nodes.stream().mapToDouble(n -> n.y() + n.height()).max().orElse(0);
    }
}
