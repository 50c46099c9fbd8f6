package io.blastwall.app.ui.graph;

import io.blastwall.model.EntityKind;
import java.util.EnumSet;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** The key in the lower left corner: the kinds on screen, line styles and the crown-jewel border. */
final class LegendPainter {
    private static final Font FONT = Font.font("System", 11);
    private static final double LINE = 17;
    private static final double WIDTH = 168;
    private static final double MARGIN = 12;

    void paint(GraphicsContext gc, double canvasHeight, PaintState state) {
        Set<EntityKind> kinds = EnumSet.noneOf(EntityKind.class);
        state.diagram().nodes().forEach(n -> kinds.add(n.kind()));
        int lines = kinds.size() + 3;
        double height = lines * LINE + 12;
        double x = MARGIN;
        double y = canvasHeight - MARGIN - height;
        if (y < MARGIN) {
            return;
        }
        DiagramColors colors = state.colors();
        gc.setGlobalAlpha(0.92);
        gc.setFill(colors.surface());
        gc.fillRoundRect(x, y, WIDTH, height, 10, 10);
        gc.setGlobalAlpha(1);
        gc.setStroke(colors.border());
        gc.setLineWidth(1);
        gc.strokeRoundRect(x, y, WIDTH, height, 10, 10);
        gc.setFont(FONT);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        double row = y + 6 + LINE / 2;
        for (EntityKind kind : kinds) {
            gc.setFill(colors.kind(kind));
            gc.fillOval(x + 12, row - 5, 10, 10);
            label(gc, kind.label(), x, row, state);
            row += LINE;
        }
        gc.setStroke(colors.traversableEdge());
        gc.setLineWidth(1.8);
        gc.strokeLine(x + 8, row, x + 26, row);
        label(gc, "proven", x, row, state);
        row += LINE;
        gc.setLineDashes(5, 4);
        gc.strokeLine(x + 8, row, x + 26, row);
        gc.setLineDashes();
        label(gc, "conditional or heuristic", x, row, state);
        row += LINE;
        gc.setStroke(colors.danger());
        gc.setLineWidth(3);
        gc.strokeRoundRect(x + 9, row - 5, 16, 10, 4, 4);
        label(gc, "crown jewel", x, row, state);
    }

    private static void label(GraphicsContext gc, String text, double x, double row, PaintState state) {
        gc.setFill(state.colors().text());
        gc.fillText(text, x + 34, row);
    }
}
