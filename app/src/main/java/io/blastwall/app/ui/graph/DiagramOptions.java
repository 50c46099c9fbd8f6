package io.blastwall.app.ui.graph;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * What the user changed about a diagram: its layout, the groups unfolded into their members and the nodes
 * whose onward neighbours are collapsed.
 */
record DiagramOptions(GraphLayout layout, Set<String> expandedGroups, Set<String> collapsedNodes) {
    DiagramOptions {
        Objects.requireNonNull(layout, "layout");
        expandedGroups = Set.copyOf(expandedGroups);
        collapsedNodes = Set.copyOf(collapsedNodes);
    }

    static DiagramOptions of(GraphLayout layout) {
        return new DiagramOptions(layout, Set.of(), Set.of());
    }

    /** The layout the canvas draws: the table keeps the hop layout behind it (for export). */
    GraphLayout drawnLayout() {
        return layout.isDrawn() ? layout : GraphLayout.HOP_DISTANCE;
    }

    DiagramOptions withLayout(GraphLayout newLayout) {
        return new DiagramOptions(newLayout, expandedGroups, collapsedNodes);
    }

    DiagramOptions expanding(String groupKey) {
        return new DiagramOptions(layout, plus(expandedGroups, groupKey), collapsedNodes);
    }

    DiagramOptions folding(String groupKey) {
        return new DiagramOptions(layout, minus(expandedGroups, groupKey), collapsedNodes);
    }

    DiagramOptions collapsing(String nodeKey) {
        return new DiagramOptions(layout, expandedGroups, plus(collapsedNodes, nodeKey));
    }

    DiagramOptions uncollapsing(String nodeKey) {
        return new DiagramOptions(layout, expandedGroups, minus(collapsedNodes, nodeKey));
    }

    private static Set<String> plus(Set<String> set, String key) {
        Set<String> copy = new HashSet<>(set);
        copy.add(key);
        return copy;
    }

    private static Set<String> minus(Set<String> set, String key) {
        Set<String> copy = new HashSet<>(set);
        copy.remove(key);
        return copy;
    }
}
