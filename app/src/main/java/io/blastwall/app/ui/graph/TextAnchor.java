package io.blastwall.app.ui.graph;

/** Where a line of text sits relative to its x coordinate. */
enum TextAnchor {
    START,
    MIDDLE
}
