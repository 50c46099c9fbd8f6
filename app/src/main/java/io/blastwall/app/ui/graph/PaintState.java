package io.blastwall.app.ui.graph;

/** Everything one paint of the canvas (or one SVG export) depends on besides the viewport. */
record PaintState(
        RadiusDiagram diagram,
        DiagramSelection selection,
        Highlight highlight,
        SimulationMarks marks,
        DiagramColors colors,
        Hover hover) {

    PaintState(RadiusDiagram diagram, DiagramSelection selection, Highlight highlight, SimulationMarks marks,
            DiagramColors colors) {
        this(diagram, selection, highlight, marks, colors, Hover.NONE);
    }

    PaintState withoutHover() {
        return hover.isActive() ? new PaintState(diagram, selection, highlight, marks, colors, Hover.NONE) : this;
    }

    boolean isHovered(int nodeIndex) {
        return hover.node() == nodeIndex;
    }

    /** Whether an edge touches the hovered node, or is the hovered edge. */
    boolean isHoverEdge(int edgeIndex) {
        return hover.edge() == edgeIndex
                || (hover.node() >= 0 && (diagram.from(edgeIndex) == hover.node() || diagram.to(edgeIndex) == hover.node()));
    }
}
