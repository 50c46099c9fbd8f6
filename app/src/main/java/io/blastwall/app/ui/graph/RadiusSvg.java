package io.blastwall.app.ui.graph;

/**
 * The whole diagram as a standalone SVG document, painted by the same code as the canvas at full detail: the
 * same layout, colours, shapes, labels, highlight and simulation marks, with the caption above and the legend
 * below. Needs no FX toolkit.
 */
final class RadiusSvg {
    private static final double MARGIN = 24;
    private static final double CAPTION = 30;
    private static final double HEADERS = 36;

    private RadiusSvg() {}

    static String of(PaintState st, String caption) {
        RadiusDiagram d = st.diagram();
        RadiusPainter painter = new RadiusPainter();
        LegendPainter legend = new LegendPainter();
        double[] legendSize = d.isEmpty() ? new double[] {0, 0} : legend.size(st);
        double top = MARGIN + CAPTION + (d.layout() == GraphLayout.HOP_DISTANCE ? HEADERS : 12);
        double diagramWidth = d.isEmpty() ? 0 : d.maxX() - d.minX() + 12;
        double diagramHeight = d.isEmpty() ? 0 : d.maxY() - d.minY() + 12;
        double width = Math.ceil(Math.max(Math.max(diagramWidth + 2 * MARGIN, legendSize[0]), 480));
        double height = Math.ceil(top + diagramHeight + legendSize[1] + MARGIN / 2);
        SvgSurface svg = new SvgSurface();
        svg.setFill(st.colors().background());
        svg.fillRect(0, 0, width, height);
        svg.setFill(st.colors().text());
        svg.fillText(caption, TextStyle.CAPTION, MARGIN, MARGIN + 14, TextAnchor.START);
        if (!d.isEmpty()) {
            svg.raw("<g class=\"radius\">\n");
            svg.setTransform(1, MARGIN - d.minX(), top - d.minY());
            int[] nodes = all(d.nodes().size());
            int[] edges = all(d.edges().size());
            painter.paintVector(svg, nodes, edges, DetailLevel.FULL, 1, st);
            svg.raw("</g>\n<g class=\"legend\">\n");
            legend.paint(svg, 0, height, height, st);
            svg.raw("</g>\n");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + SvgSurface.n(width)
                + "\" height=\"" + SvgSurface.n(height) + "\" viewBox=\"0 0 " + SvgSurface.n(width) + " "
                + SvgSurface.n(height) + "\" font-family=\"" + SvgSurface.FONT_FAMILY + "\">\n"
                + "<title>" + Xml.escape(caption) + "</title>\n"
                + svg.body()
                + "</svg>\n";
    }

    private static int[] all(int count) {
        int[] indices = new int[count];
        for (int i = 0; i < count; i++) {
            indices[i] = i;
        }
        return indices;
    }
}
