package io.blastwall.app.ui.graph;

import io.blastwall.model.Confidence;
import io.blastwall.model.EntityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The key in the lower left corner: the kinds and edge looks the diagram has, the line patterns of its
 * confidences, crown jewels and groups, and while one is shown the highlighted path and the simulation's marks.
 */
final class LegendPainter {
    private static final double LINE = 17;
    private static final double MARGIN = 12;
    private static final double SAMPLE = 28;

    /** One line of the key: a sample drawn at {@code (x, centreY)}, and its text. */
    private record Entry(String text, BiConsumer<DiagramSurface, double[]> sample) {}

    /** The size the legend takes, margins included: {width, height}. */
    double[] size(PaintState st) {
        List<Entry> entries = entries(st);
        return new double[] {width(entries) + 2 * MARGIN, entries.size() * LINE + 12 + 2 * MARGIN};
    }

    private static double width(List<Entry> entries) {
        return 16 + SAMPLE + entries.stream().mapToDouble(e -> e.text().length() * 6.1).max().orElse(0);
    }

    /** Paints in surface (screen) coordinates; returns the legend's height (0 if it does not fit). */
    double paint(DiagramSurface s, double left, double bottom, double maxHeight, PaintState st) {
        List<Entry> entries = entries(st);
        double width = width(entries);
        double height = entries.size() * LINE + 12;
        if (height > maxHeight - 2 * MARGIN) {
            return 0;
        }
        double x = left + MARGIN;
        double y = bottom - MARGIN - height;
        DiagramColors colors = st.colors();
        s.setTransform(1, 0, 0);
        s.setAlpha(0.93);
        s.setFill(colors.surface());
        s.fillRoundRect(x, y, width, height, 10);
        s.setAlpha(1);
        s.setStroke(colors.border(), 1);
        s.strokeRoundRect(x, y, width, height, 10);
        double row = y + 6 + LINE / 2;
        for (Entry entry : entries) {
            entry.sample().accept(s, new double[] {x + 8, row});
            s.setFill(colors.text());
            s.fillText(entry.text(), TextStyle.LEGEND, x + 14 + SAMPLE, row + 4, TextAnchor.START);
            row += LINE;
        }
        return height;
    }

    private static List<Entry> entries(PaintState st) {
        RadiusDiagram d = st.diagram();
        DiagramColors colors = st.colors();
        List<Entry> entries = new ArrayList<>();
        for (EntityKind kind : d.kinds()) {
            entries.add(new Entry(kind.label(), (s, at) ->
                    KindGlyph.draw(s, kind, at[0] + SAMPLE / 2, at[1], 6, colors.kind(kind), colors.surface())));
        }
        for (EdgeLook look : d.looks()) {
            entries.add(new Entry(look.legend(), (s, at) -> {
                s.setStroke(colors.edge(look.style()), look.baseWidth() + 0.4);
                s.strokeLine(at[0], at[1], at[0] + SAMPLE, at[1]);
            }));
        }
        for (Confidence confidence : d.confidences()) {
            entries.add(new Entry(confidence.label(), (s, at) -> {
                s.setStroke(colors.muted(), 1.6);
                double[] dashes = EdgeLook.dashes(confidence);
                if (dashes.length > 0) {
                    s.setDashes(dashes);
                }
                s.strokeLine(at[0], at[1], at[0] + SAMPLE, at[1]);
                s.setDashes();
            }));
        }
        if (d.hasCrownJewels()) {
            entries.add(new Entry("crown jewel", (s, at) -> {
                s.setStroke(colors.danger(), 3);
                s.strokeRoundRect(at[0] + 4, at[1] - 5, SAMPLE - 8, 10, 4);
            }));
        }
        if (d.hasGroups()) {
            entries.add(new Entry("group of similar resources (double-click)", (s, at) -> {
                for (int i = 2; i >= 0; i--) {
                    s.setFill(colors.surface());
                    s.fillRect(at[0] + 4 + 2 * i, at[1] - 5 - 2 * i, SAMPLE - 12, 9);
                    s.setStroke(colors.kind(EntityKind.RESOURCE), 1);
                    s.strokeRoundRect(at[0] + 4 + 2 * i, at[1] - 5 - 2 * i, SAMPLE - 12, 9, 2);
                }
            }));
        }
        addMarks(entries, st);
        return entries;
    }

    private static void addMarks(List<Entry> entries, PaintState st) {
        DiagramColors colors = st.colors();
        if (st.highlight().isActive()) {
            entries.add(new Entry("selected attack path", (s, at) -> {
                s.setStroke(colors.pathEdge(), 3);
                s.strokeLine(at[0], at[1], at[0] + SAMPLE, at[1]);
            }));
        }
        if (st.marks().isActive()) {
            entries.add(new Entry("cut by the simulated removal", (s, at) -> {
                s.setStroke(colors.cut(), 3);
                s.strokeLine(at[0], at[1], at[0] + SAMPLE, at[1]);
                s.setStroke(colors.cut(), 2);
                double m = at[0] + SAMPLE / 2;
                s.strokeLine(m - 4, at[1] - 4, m + 4, at[1] + 4);
                s.strokeLine(m - 4, at[1] + 4, m + 4, at[1] - 4);
            }));
            entries.add(new Entry("lost: no longer reached", (s, at) -> {
                s.setAlpha(NodePainter.LOST_ALPHA + 0.2);
                s.setStroke(colors.lost(), 1.6);
                s.setDashes(4, 3);
                s.strokeRoundRect(at[0] + 4, at[1] - 5, SAMPLE - 8, 10, 3);
                s.setDashes();
                s.setAlpha(1);
            }));
        }
    }
}
