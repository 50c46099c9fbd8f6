package io.blastwall.app.ui.graph;

/**
 * What the pointer rests on: a node or an edge (by index into the diagram, -1 for none) and where the pointer
 * is on screen, for the tip.
 */
record Hover(int node, int edge, double screenX, double screenY) {
    static final Hover NONE = new Hover(-1, -1, 0, 0);

    boolean isActive() {
        return node >= 0 || edge >= 0;
    }
}
