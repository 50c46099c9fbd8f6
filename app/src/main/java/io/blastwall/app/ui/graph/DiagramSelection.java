package io.blastwall.app.ui.graph;

/** What is selected on the canvas: a node, an edge, or nothing. */
public sealed interface DiagramSelection {

    static DiagramSelection nothing() {
        return new Nothing();
    }

    /** Whether this selection is the node with the given key. */
    default boolean isNode(String key) {
        return this instanceof NodeSelected selected && selected.node().key().equals(key);
    }

    /** Whether this selection is the edge with the given key. */
    default boolean isEdge(String key) {
        return this instanceof EdgeSelected selected && selected.edge().key().equals(key);
    }

    record Nothing() implements DiagramSelection {}

    record NodeSelected(DiagramNode node) implements DiagramSelection {}

    record EdgeSelected(DiagramEdge edge) implements DiagramSelection {}
}
