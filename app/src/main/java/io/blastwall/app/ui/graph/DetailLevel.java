package io.blastwall.app.ui.graph;

/**
 * How much the canvas draws, chosen by zoom and by how many nodes are on screen: everything, boxes with
 * their names, or (zoomed far out or very crowded) dots and plain lines drawn in batches.
 */
enum DetailLevel {
    FULL,
    LABELS,
    DOTS;

    static final double FULL_MIN_SCALE = 0.4;
    static final double LABELS_MIN_SCALE = 0.22;
    static final int FULL_MAX_NODES = 600;
    static final int LABELS_MAX_NODES = 1_500;

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
