package io.blastwall.app.ui.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Places nodes: one column per hop, each column centred vertically, and nodes ordered by the position of
 * the nodes that lead to them, so that edges cross as little as a simple pass allows. A column with more
 * than {@link #MAX_ROWS} nodes wraps into several sub-columns, so that a wide radius stays readable; a very
 * large column wraps into a roughly square block instead of a long strip.
 */
final class ColumnPlacement {
    static final int MAX_ROWS = 14;
    private static final double SUB_COLUMN_GAP = 28;

    private ColumnPlacement() {}

    static List<DiagramNode> place(List<DiagramNode> nodes, List<DiagramEdge> edges) {
        Map<String, List<String>> parents = new HashMap<>();
        for (DiagramEdge e : edges) {
            parents.computeIfAbsent(e.toKey(), k -> new ArrayList<>()).add(e.fromKey());
        }
        Map<Integer, List<DiagramNode>> columns = new TreeMap<>();
        nodes.forEach(n -> columns.computeIfAbsent(n.column(), c -> new ArrayList<>()).add(n));
        Map<String, Double> placedY = new HashMap<>();
        List<DiagramNode> placed = new ArrayList<>();
        double x = 0;
        for (List<DiagramNode> column : columns.values()) {
            List<DiagramNode> ordered = order(column, parents, placedY);
            int maxRows = maxRows(ordered.size());
            int subColumns = (ordered.size() + maxRows - 1) / maxRows;
            int rows = (ordered.size() + subColumns - 1) / subColumns;
            for (int i = 0; i < ordered.size(); i++) {
                int row = i % rows;
                int rowsHere = Math.min(rows, ordered.size() - (i / rows) * rows);
                double y = (row - (rowsHere - 1) / 2.0) * RadiusLayout.ROW_STEP - RadiusLayout.NODE_HEIGHT / 2;
                DiagramNode node = ordered.get(i).at(x + (i / rows) * (RadiusLayout.NODE_WIDTH + SUB_COLUMN_GAP), y);
                placedY.put(node.key(), y);
                placed.add(node);
            }
            x += subColumns * (RadiusLayout.NODE_WIDTH + SUB_COLUMN_GAP) - SUB_COLUMN_GAP
                    + (RadiusLayout.COLUMN_STEP - RadiusLayout.NODE_WIDTH);
        }
        return placed;
    }

    /** At least {@link #MAX_ROWS}; for large columns about as many rows as make the block square. */
    static int maxRows(int nodes) {
        double pitchRatio = (RadiusLayout.NODE_WIDTH + SUB_COLUMN_GAP) / RadiusLayout.ROW_STEP;
        return Math.max(MAX_ROWS, (int) Math.ceil(Math.sqrt(nodes * pitchRatio)));
    }

    private static List<DiagramNode> order(
            List<DiagramNode> column, Map<String, List<String>> parents, Map<String, Double> placedY) {
        Map<String, Double> anchor = new HashMap<>();
        for (DiagramNode n : column) {
            anchor.put(n.key(), parents.getOrDefault(n.key(), List.of()).stream()
                    .filter(placedY::containsKey)
                    .mapToDouble(placedY::get)
                    .average()
                    .orElse(Double.MAX_VALUE));
        }
        List<DiagramNode> ordered = new ArrayList<>(column);
        ordered.sort(Comparator.<DiagramNode>comparingDouble(n -> anchor.get(n.key()))
                .thenComparing(n -> !n.kind().isIdentity())
                .thenComparing(n -> !n.crownJewel())
                .thenComparing(DiagramNode::label, String.CASE_INSENSITIVE_ORDER));
        return ordered;
    }
}
