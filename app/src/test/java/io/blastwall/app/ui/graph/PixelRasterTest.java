package io.blastwall.app.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The crowded level's rasteriser: lines and rectangles clipped to the image, copies shifted and scaled. */
class PixelRasterTest {
    private static final int INK = 0xff112233;
    private static final int PAPER = 0xffffffff;

    private final PixelRaster raster = new PixelRaster(40, 30);

    @Test
    void drawsBothEndsOfALineAndThePixelsBetween() {
        raster.fill(PAPER);

        raster.line(2, 3, 30, 10, 1, INK);

        assertEquals(INK, at(2, 3));
        assertEquals(INK, at(30, 10));
        assertEquals(29, count(INK));
    }

    @Test
    void clipsLinesAndRectanglesThatLeaveTheImage() {
        raster.fill(PAPER);

        raster.line(-1_000, -500, 1_000, 500, 3, INK);
        raster.line(-10, 100, 100, 100, 1, INK);
        raster.rect(35, 25, 100, 100, INK);
        raster.rect(50, 50, 10, 10, INK);

        assertEquals(INK, at(39, 29));
        assertEquals(INK, at(20, 10));
    }

    @Test
    void fillsRectanglesOfWholePixels() {
        raster.fill(PAPER);

        raster.rect(1.2, 1.7, 3, 2, INK);

        assertEquals(4 * 3, count(INK));
        assertEquals(INK, at(1, 1));
        assertEquals(PAPER, at(5, 1));
    }

    @Test
    void copiesAShiftedWindowAndFillsWhatLiesOutside() {
        PixelRaster source = new PixelRaster(40, 30);
        source.fill(PAPER);
        source.rect(10, 10, 1, 1, INK);

        raster.copyFrom(source, 5, -3, 0xff000000);

        assertEquals(INK, at(5, 13));
        assertEquals(0xff000000, at(0, 0));
        assertEquals(0xff000000, at(39, 20));
        assertEquals(PAPER, at(0, 3));
    }

    @Test
    void samplesTheNearestPixel() {
        PixelRaster source = new PixelRaster(4, 4);
        source.fill(PAPER);
        source.rect(1, 1, 1, 1, INK);
        PixelRaster twice = new PixelRaster(8, 8);

        twice.sample(source, new int[] {0, 0, 1, 1, 2, 2, 3, 9}, new int[] {0, 0, 1, 1, 2, 2, 3, -1}, 0xff000000);

        assertEquals(INK, twice.pixels()[2 * 8 + 3]);
        assertEquals(PAPER, twice.pixels()[0]);
        assertEquals(0xff000000, twice.pixels()[7]);
        assertEquals(0xff000000, twice.pixels()[7 * 8]);
    }

    private int at(int x, int y) {
        return raster.pixels()[y * raster.width() + x];
    }

    private long count(int colour) {
        return java.util.Arrays.stream(raster.pixels()).filter(p -> p == colour).count();
    }
}
