package io.blastwall.app.ui.graph;

/** What the canvas can do with a node (its context menu, and double-click for the first that applies). */
public enum NodeAction {
    /** Unfold a group into its members. */
    EXPAND_GROUP("Expand group"),
    /** Fold an expanded group's members back into one node. */
    FOLD_GROUP("Collapse into group"),
    /** Show again what lies behind a node whose neighbours are collapsed. */
    EXPAND_NEIGHBOURS("Show what it reaches"),
    /** Hide everything reached only through this node. */
    COLLAPSE_NEIGHBOURS("Hide what it reaches");

    private final String label;

    NodeAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
