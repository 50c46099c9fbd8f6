package io.blastwall.app.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ViewportTest {
    private final Viewport viewport = new Viewport();

    @Test
    void fitCentresTheWorldAndShrinksItToTheCanvas() {
        viewport.fit(0, 0, 2000, 1000, 1000, 800, 0);

        assertEquals(0.5, viewport.scale(), 1e-9);
        assertEquals(0, viewport.toScreenX(0), 1e-9);
        assertEquals(150, viewport.toScreenY(0), 1e-9);
        assertEquals(650, viewport.toScreenY(1000), 1e-9);
    }

    @Test
    void fitNeverEnlargesSmallDiagramsMuch() {
        viewport.fit(0, 0, 100, 50, 1000, 800, 0);

        assertEquals(1.2, viewport.scale(), 1e-9);
        assertEquals(500, viewport.toScreenX(50), 1e-9);
    }

    @Test
    void fitBesideTheLegendPutsAWideWorldAboveIt() {
        viewport.fitBeside(0, 0, 2000, 500, 1000, 800, 0, 300, 200);

        assertEquals(0.5, viewport.scale(), 1e-9);
        assertTrue(viewport.toScreenY(500) <= 600 + 1e-9, "the world ends above the legend");
        assertEquals(0, viewport.toScreenX(0), 1e-9);
    }

    @Test
    void fitBesideTheLegendPutsATallWorldToItsRight() {
        viewport.fitBeside(0, 0, 500, 2000, 1000, 800, 0, 300, 200);

        assertEquals(0.4, viewport.scale(), 1e-9);
        assertTrue(viewport.toScreenX(0) >= 300 - 1e-9, "the world starts right of the legend");
        assertEquals(0, viewport.toScreenY(0), 1e-9);
        assertEquals(800, viewport.toScreenY(2000), 1e-9);
    }

    @Test
    void fitBesideNothingIsAPlainFit() {
        viewport.fitBeside(0, 0, 2000, 1000, 1000, 800, 0, 0, 0);

        assertEquals(0.5, viewport.scale(), 1e-9);
        assertEquals(150, viewport.toScreenY(0), 1e-9);
    }

    @Test
    void zoomKeepsThePointUnderTheCursorStill() {
        viewport.pan(30, 40);
        double worldX = viewport.toWorldX(200);
        double worldY = viewport.toWorldY(120);

        viewport.zoomAt(2, 200, 120);

        assertEquals(2, viewport.scale(), 1e-9);
        assertEquals(200, viewport.toScreenX(worldX), 1e-9);
        assertEquals(120, viewport.toScreenY(worldY), 1e-9);
    }

    @Test
    void zoomStopsAtItsLimits() {
        viewport.zoomAt(1000, 0, 0);
        assertEquals(Viewport.MAX_SCALE, viewport.scale(), 1e-9);

        viewport.zoomAt(1e-6, 0, 0);
        assertEquals(Viewport.MIN_SCALE, viewport.scale(), 1e-9);
    }

    @Test
    void screenAndWorldCoordinatesRoundTrip() {
        viewport.pan(-12, 7);
        viewport.zoomAt(1.7, 50, 60);

        assertEquals(333, viewport.toScreenX(viewport.toWorldX(333)), 1e-9);
        assertEquals(-44, viewport.toScreenY(viewport.toWorldY(-44)), 1e-9);
    }
}
