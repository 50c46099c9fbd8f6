package io.blastwall.app.ui.graph;

/** Everything one paint of the canvas depends on besides the viewport. */
record PaintState(RadiusDiagram diagram, DiagramSelection selection, Highlight highlight, DiagramColors colors) {}
