package io.blastwall.app.ui.graph;

/**
 * How much the canvas draws, chosen by zoom and by how many nodes are on screen: everything, boxes with
 * their names, or (zoomed far out or very crowded) dots and plain lines drawn in batches. While the zoom is
 * changing, the detailed levels draw boxes and shapes without text ({@link #SHAPES}): text at a new size
 * every frame is what costs most without a GPU, and it returns as soon as the zoom rests.
 */
enum DetailLevel {
    FULL,
    LABELS,
    SHAPES,
    DOTS;

    static final double FULL_MIN_SCALE = 0.4;
    static final double LABELS_MIN_SCALE = 0.22;
    static final int FULL_MAX_NODES = 600;
    static final int LABELS_MAX_NODES = 1_500;

    /** The level while the zoom is changing: no text. */
    DetailLevel moving() {
        return this == DOTS ? DOTS : SHAPES;
    }

    static DetailLevel of(double scale, int visibleNodes) {
        if (scale >= FULL_MIN_SCALE && visibleNodes <= FULL_MAX_NODES) {
            return FULL;
        }
        if (scale >= LABELS_MIN_SCALE && visibleNodes <= LABELS_MAX_NODES) {
            return LABELS;
        }
        return DOTS;
    }
}
