package io.blastwall.app.ui.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.blastwall.styles.Theme;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The crowded level's layer: reused while panning, rendered behind while zooming, at once when content changes. */
class DotLayerTest {
    private final RadiusDiagram diagram = SyntheticDiagram.of(500, 1_500, 5);
    private final List<Runnable> behind = new ArrayList<>();
    private final DotLayer layer = new DotLayer(behind::add, Runnable::run, () -> {});
    private final DotPainter painter = new DotPainter();
    private final PixelRaster frame = new PixelRaster(400, 300);
    private final Viewport view = new Viewport();
    private PaintState state = new PaintState(diagram, DiagramSelection.nothing(), Highlight.none(),
            SimulationMarks.none(), DiagramColors.of(Theme.LIGHT));

    DotLayerTest() {
        view.fit(diagram.minX(), diagram.minY(), diagram.maxX(), diagram.maxY(), 400, 300, 10);
    }

    @Test
    void aSmallPanCopiesTheLayerShiftedWithoutRenderingIt() {
        layer.render(frame, view, state, painter);
        int[] before = frame.pixels().clone();

        view.pan(7, 3);
        layer.render(frame, view, state, painter);

        assertArrayEquals(new long[] {1, 0}, layer.renders());
        assertEquals(List.of(), behind);
        assertEquals(before[100 * 400 + 100], frame.pixels()[103 * 400 + 107]);
    }

    @Test
    void aPanTowardsTheEdgeRendersTheNextLayerBehind() {
        layer.render(frame, view, state, painter);

        view.pan(400 * DotLayer.MARGIN * 0.75, 0);
        layer.render(frame, view, state, painter);
        behind.forEach(Runnable::run);

        assertArrayEquals(new long[] {1, 1}, layer.renders());
    }

    @Test
    void aZoomShowsTheLayerScaledUntilTheSharpOneIsReady() {
        layer.render(frame, view, state, painter);

        view.zoomAt(1.3, 200, 150);
        layer.render(frame, view, state, painter);
        int[] scaled = frame.pixels().clone();
        behind.forEach(Runnable::run);
        layer.render(frame, view, state, painter);

        assertArrayEquals(new long[] {1, 1}, layer.renders());
        assertEquals(scaled.length, frame.pixels().length);
    }

    @Test
    void otherContentRendersAtOnce() {
        layer.render(frame, view, state, painter);
        int[] light = frame.pixels().clone();

        state = new PaintState(diagram, DiagramSelection.nothing(), Highlight.none(), SimulationMarks.none(),
                DiagramColors.of(Theme.DARK));
        layer.render(frame, view, state, painter);

        assertArrayEquals(new long[] {2, 0}, layer.renders());
        assertNotEquals(light[0], frame.pixels()[0]);
    }
}
