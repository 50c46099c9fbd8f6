package io.blastwall.app.ui.graph;

/** A font for canvas and SVG text: a size in world units (or pixels on screen overlays) and a weight. */
record TextStyle(double size, boolean bold) {
    static final TextStyle LABEL = new TextStyle(13.5, true);
    static final TextStyle DETAIL = new TextStyle(12, false);
    static final TextStyle HEADER = new TextStyle(14, true);
    static final TextStyle LEGEND = new TextStyle(11, false);
    static final TextStyle BADGE = new TextStyle(10.5, true);
    static final TextStyle CAPTION = new TextStyle(13, true);
    static final TextStyle TIP = new TextStyle(12, false);
    static final TextStyle TIP_TITLE = new TextStyle(12.5, true);

    TextStyle {
        if (!(size > 0)) {
            throw new IllegalArgumentException("text size must be positive: " + size);
        }
    }

    /** A bold label of the given size (the label-only level of detail grows text as the zoom shrinks). */
    static TextStyle boldOf(double size) {
        return new TextStyle(Math.round(size * 4) / 4.0, true);
    }
}
