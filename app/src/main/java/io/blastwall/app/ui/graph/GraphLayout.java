package io.blastwall.app.ui.graph;

/** How the radius is shown: on the canvas laid out by hops or by forces, or as a table. */
public enum GraphLayout {
    /** Left to right by hop distance from the analysed identity (the default). */
    HOP_DISTANCE("By hops"),
    /** Connected entities pull together, all repel (Barnes–Hut), computed in the background. */
    FORCE_DIRECTED("Force-directed"),
    /** One row per reached entity, for radii too large to draw usefully. */
    TABLE("Table");

    private final String label;

    GraphLayout(String label) {
        this.label = label;
    }

    /** The name shown in the layout chooser. */
    public String label() {
        return label;
    }

    /** Whether the canvas draws this layout (the table does not). */
    public boolean isDrawn() {
        return this != TABLE;
    }
}
