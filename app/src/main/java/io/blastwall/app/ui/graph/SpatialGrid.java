package io.blastwall.app.ui.graph;

import java.util.Arrays;
import java.util.BitSet;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * A uniform grid over the diagram's bounds: each cell lists the items (node boxes or edge bounding boxes)
 * that overlap it, in compressed rows. Answers "which items may touch this rectangle" in time proportional
 * to the cells it covers, for culling and hit-testing. Items that would cover more than {@link #MAX_CELLS_PER_ITEM}
 * cells (long edges) are kept in one list and tested box by box instead, and a rectangle that covers the whole
 * grid returns everything at once. Immutable; queries allocate their own scratch space, so it may be read from
 * any thread.
 */
final class SpatialGrid {
    private static final double MIN_CELL = 256;
    private static final long MAX_CELLS = 1L << 20;
    static final int MAX_CELLS_PER_ITEM = 16;

    private final double originX;
    private final double originY;
    private final double cell;
    private final int columns;
    private final int rows;
    private final int[] start;
    private final int[] items;
    private final double[] boxes;
    private final int[] large;
    private final WorldRect bounds;

    private SpatialGrid(double originX, double originY, double cell, int columns, int rows, int[] start, int[] items,
            double[] boxes, int[] large, WorldRect bounds) {
        this.originX = originX;
        this.originY = originY;
        this.cell = cell;
        this.columns = columns;
        this.rows = rows;
        this.start = start;
        this.items = items;
        this.boxes = boxes;
        this.large = large;
        this.bounds = bounds;
    }

    /**
     * A grid over boxes given as {@code minX, minY, maxX, maxY} per item, four doubles each.
     */
    static SpatialGrid of(double[] boxes) {
        int count = boxes.length / 4;
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < count; i++) {
            minX = Math.min(minX, boxes[4 * i]);
            minY = Math.min(minY, boxes[4 * i + 1]);
            maxX = Math.max(maxX, boxes[4 * i + 2]);
            maxY = Math.max(maxY, boxes[4 * i + 3]);
        }
        if (count == 0) {
            return new SpatialGrid(0, 0, MIN_CELL, 1, 1, new int[2], new int[0], boxes, new int[0],
                    new WorldRect(0, 0, 0, 0));
        }
        WorldRect bounds = new WorldRect(minX, minY, maxX, maxY);
        double width = maxX - minX + 1;
        double height = maxY - minY + 1;
        double cell = Math.max(MIN_CELL, Math.sqrt(width * height / MAX_CELLS));
        int columns = (int) Math.ceil(width / cell);
        int rows = (int) Math.ceil(height / cell);
        int[] start = new int[columns * rows + 1];
        SpatialGrid sizing = new SpatialGrid(minX, minY, cell, columns, rows, start, new int[0], boxes, new int[0],
                bounds);
        BitSet isLarge = new BitSet(count);
        for (int i = 0; i < count; i++) {
            if (sizing.cellsOf(i) > MAX_CELLS_PER_ITEM) {
                isLarge.set(i);
            } else {
                sizing.forCells(i, c -> start[c + 1]++);
            }
        }
        for (int c = 0; c < columns * rows; c++) {
            start[c + 1] += start[c];
        }
        int[] items = new int[start[columns * rows]];
        int[] fill = Arrays.copyOf(start, start.length);
        for (int i = 0; i < count; i++) {
            int item = i;
            if (!isLarge.get(i)) {
                sizing.forCells(i, c -> items[fill[c]++] = item);
            }
        }
        return new SpatialGrid(minX, minY, cell, columns, rows, start, items, boxes, isLarge.stream().toArray(), bounds);
    }

    /** The items whose box intersects {@code rect}, each once, in ascending order. */
    int[] query(WorldRect rect) {
        int count = boxes.length / 4;
        if (rect.covers(bounds.minX(), bounds.minY(), bounds.maxX(), bounds.maxY())) {
            return IntStream.range(0, count).toArray();
        }
        int c0 = clampColumn(rect.minX());
        int c1 = clampColumn(rect.maxX());
        int r0 = clampRow(rect.minY());
        int r1 = clampRow(rect.maxY());
        BitSet found = new BitSet(count);
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int cellIndex = r * columns + c;
                for (int k = start[cellIndex]; k < start[cellIndex + 1]; k++) {
                    int item = items[k];
                    if (!found.get(item) && intersects(item, rect)) {
                        found.set(item);
                    }
                }
            }
        }
        for (int item : large) {
            if (intersects(item, rect)) {
                found.set(item);
            }
        }
        return found.stream().toArray();
    }

    private long cellsOf(int item) {
        long c = clampColumn(boxes[4 * item + 2]) - clampColumn(boxes[4 * item]) + 1L;
        long r = clampRow(boxes[4 * item + 3]) - clampRow(boxes[4 * item + 1]) + 1L;
        return c * r;
    }

    private boolean intersects(int item, WorldRect rect) {
        return rect.intersects(boxes[4 * item], boxes[4 * item + 1], boxes[4 * item + 2], boxes[4 * item + 3]);
    }

    private void forCells(int item, IntConsumer action) {
        int c0 = clampColumn(boxes[4 * item]);
        int c1 = clampColumn(boxes[4 * item + 2]);
        int r0 = clampRow(boxes[4 * item + 1]);
        int r1 = clampRow(boxes[4 * item + 3]);
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                action.accept(r * columns + c);
            }
        }
    }

    private int clampColumn(double worldX) {
        double c = Math.floor((worldX - originX) / cell);
        return (int) Math.max(0, Math.min(columns - 1, c));
    }

    private int clampRow(double worldY) {
        double r = Math.floor((worldY - originY) / cell);
        return (int) Math.max(0, Math.min(rows - 1, r));
    }
}
