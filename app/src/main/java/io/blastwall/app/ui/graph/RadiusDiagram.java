package io.blastwall.app.ui.graph;

import io.blastwall.model.Confidence;
import io.blastwall.model.EntityId;
import io.blastwall.model.EntityKind;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A blast radius laid out for drawing: positioned nodes and the edges between them, in world coordinates,
 * with a spatial grid over both for culling and hit-testing. Immutable; built off the FX thread by
 * {@link RadiusLayout}.
 */
public final class RadiusDiagram {
    private static final RadiusDiagram EMPTY =
            new RadiusDiagram(GraphLayout.HOP_DISTANCE, List.of(), List.of(), Map.of());

    private final GraphLayout layout;
    private final List<DiagramNode> nodes;
    private final List<DiagramEdge> edges;
    private final Map<String, Integer> indexOfKey = new HashMap<>();
    private final Map<EntityId, String> keyOfEntity;
    private final int[] edgeFrom;
    private final int[] edgeTo;
    private final EdgeCurve[] curves;
    private final int[][] incident;
    private final SpatialGrid nodeGrid;
    private final SpatialGrid edgeGrid;
    private final double[] bounds;
    private final double[] columnCenters;
    private final Set<EntityKind> kinds = EnumSet.noneOf(EntityKind.class);
    private final Set<EdgeLook> looks = EnumSet.noneOf(EdgeLook.class);
    private final Set<Confidence> confidences = EnumSet.noneOf(Confidence.class);

    RadiusDiagram(GraphLayout layout, List<DiagramNode> nodes, List<DiagramEdge> edges,
            Map<EntityId, String> keyOfEntity) {
        this.layout = layout;
        this.nodes = List.copyOf(nodes);
        this.edges = List.copyOf(edges);
        this.keyOfEntity = Map.copyOf(keyOfEntity);
        for (int i = 0; i < this.nodes.size(); i++) {
            indexOfKey.put(this.nodes.get(i).key(), i);
        }
        edgeFrom = new int[this.edges.size()];
        edgeTo = new int[this.edges.size()];
        curves = new EdgeCurve[this.edges.size()];
        for (int e = 0; e < curves.length; e++) {
            DiagramEdge edge = this.edges.get(e);
            edgeFrom[e] = requireIndex(edge.fromKey());
            edgeTo[e] = requireIndex(edge.toKey());
            DiagramNode from = this.nodes.get(edgeFrom[e]);
            DiagramNode to = this.nodes.get(edgeTo[e]);
            curves[e] = layout == GraphLayout.FORCE_DIRECTED ? EdgeCurve.straight(from, to) : EdgeCurve.between(from, to);
        }
        incident = incidence();
        nodeGrid = SpatialGrid.of(nodeBoxes());
        edgeGrid = SpatialGrid.of(edgeBoxes());
        bounds = bounds();
        columnCenters = columnCenters();
        this.nodes.forEach(n -> kinds.add(n.kind()));
        this.edges.forEach(e -> {
            looks.add(EdgeLook.of(e));
            confidences.add(e.confidence());
        });
    }

    public static RadiusDiagram empty() {
        return EMPTY;
    }

    public boolean isEmpty() {
        return nodes.isEmpty();
    }

    /** The layout the nodes were placed by. */
    public GraphLayout layout() {
        return layout;
    }

    public List<DiagramNode> nodes() {
        return nodes;
    }

    public List<DiagramEdge> edges() {
        return edges;
    }

    public Optional<DiagramNode> node(String key) {
        Integer index = indexOfKey.get(key);
        return index == null ? Optional.empty() : Optional.of(nodes.get(index));
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
        return curves[indexOfEdge(edge)];
    }

    /** The nodes whose boxes intersect a world rectangle: what a viewport of that size shows. */
    public List<DiagramNode> visibleNodes(double minX, double minY, double maxX, double maxY) {
        return Arrays.stream(nodesIn(new WorldRect(minX, minY, maxX, maxY))).mapToObj(nodes::get).toList();
    }

    /** The edges whose curves may cross a world rectangle (their bounding boxes intersect it). */
    public List<DiagramEdge> visibleEdges(double minX, double minY, double maxX, double maxY) {
        return Arrays.stream(edgesIn(new WorldRect(minX, minY, maxX, maxY))).mapToObj(edges::get).toList();
    }

    /** The topmost node under a world point. */
    public Optional<DiagramNode> nodeAt(double x, double y) {
        int[] hits = nodesIn(new WorldRect(x, y, x, y));
        return hits.length == 0 ? Optional.empty() : Optional.of(nodes.get(hits[hits.length - 1]));
    }

    /** The edge nearest to a world point, if one is within {@code tolerance}. */
    public Optional<DiagramEdge> edgeAt(double x, double y, double tolerance) {
        int best = edgeIndexAt(x, y, tolerance);
        return best < 0 ? Optional.empty() : Optional.of(edges.get(best));
    }

    /** The index of the edge nearest to a world point within {@code tolerance}, or -1. */
    int edgeIndexAt(double x, double y, double tolerance) {
        int best = -1;
        double bestDistance = tolerance;
        for (int e : edgesIn(new WorldRect(x - tolerance, y - tolerance, x + tolerance, y + tolerance))) {
            double d = curves[e].distanceTo(x, y);
            if (d <= bestDistance) {
                best = e;
                bestDistance = d;
            }
        }
        return best;
    }

    /** The edges that start or end at a node (none for an unknown key). */
    public List<DiagramEdge> edgesAt(String nodeKey) {
        Integer index = indexOfKey.get(nodeKey);
        return index == null ? List.of() : Arrays.stream(incident[index]).mapToObj(edges::get).toList();
    }

    public int columnCount() {
        return columnCenters.length;
    }

    /** The middle of a column (all its sub-columns), for its header. */
    public double columnCenterX(int column) {
        return column >= 0 && column < columnCenters.length ? columnCenters[column] : 0;
    }

    public double minX() {
        return bounds[0];
    }

    public double minY() {
        return bounds[1];
    }

    public double maxX() {
        return bounds[2];
    }

    public double maxY() {
        return bounds[3];
    }

    /** The kinds of the nodes, for the legend. */
    Set<EntityKind> kinds() {
        return Collections.unmodifiableSet(kinds);
    }

    /** The looks of the edges, for the legend. */
    Set<EdgeLook> looks() {
        return Collections.unmodifiableSet(looks);
    }

    /** The confidences of the edges, for the legend. */
    Set<Confidence> confidences() {
        return Collections.unmodifiableSet(confidences);
    }

    boolean hasCrownJewels() {
        return nodes.stream().anyMatch(DiagramNode::crownJewel);
    }

    boolean hasGroups() {
        return nodes.stream().anyMatch(DiagramNode::group);
    }

    int[] nodesIn(WorldRect rect) {
        return nodeGrid.query(rect);
    }

    int[] edgesIn(WorldRect rect) {
        return edgeGrid.query(rect);
    }

    DiagramNode node(int index) {
        return nodes.get(index);
    }

    DiagramEdge edge(int index) {
        return edges.get(index);
    }

    EdgeCurve curve(int edgeIndex) {
        return curves[edgeIndex];
    }

    int from(int edgeIndex) {
        return edgeFrom[edgeIndex];
    }

    int to(int edgeIndex) {
        return edgeTo[edgeIndex];
    }

    int[] incidentEdges(int nodeIndex) {
        return incident[nodeIndex];
    }

    int indexOf(String nodeKey) {
        Integer index = indexOfKey.get(nodeKey);
        return index == null ? -1 : index;
    }

    private int indexOfEdge(DiagramEdge edge) {
        int from = requireIndex(edge.fromKey());
        for (int e : incident[from]) {
            if (edges.get(e).key().equals(edge.key())) {
                return e;
            }
        }
        throw new IllegalArgumentException("edge " + edge.key() + " is not in this diagram");
    }

    private int requireIndex(String key) {
        Integer index = indexOfKey.get(key);
        if (index == null) {
            throw new IllegalArgumentException("edge end " + key + " is not a node of the diagram");
        }
        return index;
    }

    private int[][] incidence() {
        int[] counts = new int[nodes.size()];
        for (int e = 0; e < edgeFrom.length; e++) {
            counts[edgeFrom[e]]++;
            counts[edgeTo[e]]++;
        }
        int[][] lists = new int[nodes.size()][];
        for (int n = 0; n < lists.length; n++) {
            lists[n] = new int[counts[n]];
            counts[n] = 0;
        }
        for (int e = 0; e < edgeFrom.length; e++) {
            lists[edgeFrom[e]][counts[edgeFrom[e]]++] = e;
            lists[edgeTo[e]][counts[edgeTo[e]]++] = e;
        }
        return lists;
    }

    private double[] nodeBoxes() {
        double[] boxes = new double[nodes.size() * 4];
        for (int i = 0; i < nodes.size(); i++) {
            DiagramNode n = nodes.get(i);
            // groups draw two shadow boxes up and to the right
            double extra = n.group() ? 10 : 0;
            boxes[4 * i] = n.x();
            boxes[4 * i + 1] = n.y() - extra;
            boxes[4 * i + 2] = n.right() + extra;
            boxes[4 * i + 3] = n.bottom();
        }
        return boxes;
    }

    private double[] edgeBoxes() {
        double[] boxes = new double[curves.length * 4];
        for (int e = 0; e < curves.length; e++) {
            boxes[4 * e] = curves[e].minX();
            boxes[4 * e + 1] = curves[e].minY();
            boxes[4 * e + 2] = curves[e].maxX();
            boxes[4 * e + 3] = curves[e].maxY();
        }
        return boxes;
    }

    private double[] bounds() {
        double[] b = {0, 0, 0, 0};
        if (nodes.isEmpty()) {
            return b;
        }
        b[0] = nodes.stream().mapToDouble(DiagramNode::x).min().orElse(0);
        b[1] = nodes.stream().mapToDouble(DiagramNode::y).min().orElse(0);
        b[2] = nodes.stream().mapToDouble(DiagramNode::right).max().orElse(0);
        b[3] = nodes.stream().mapToDouble(DiagramNode::bottom).max().orElse(0);
        return b;
    }

    private double[] columnCenters() {
        int columns = nodes.stream().mapToInt(DiagramNode::column).max().orElse(-1) + 1;
        double[] left = new double[columns];
        double[] right = new double[columns];
        Arrays.fill(left, Double.MAX_VALUE);
        Arrays.fill(right, -Double.MAX_VALUE);
        for (DiagramNode n : nodes) {
            left[n.column()] = Math.min(left[n.column()], n.x());
            right[n.column()] = Math.max(right[n.column()], n.right());
        }
        double[] centers = new double[columns];
        for (int c = 0; c < columns; c++) {
            centers[c] = left[c] == Double.MAX_VALUE ? 0 : (left[c] + right[c]) / 2;
        }
        return centers;
    }
}
