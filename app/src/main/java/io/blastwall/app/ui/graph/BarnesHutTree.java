package io.blastwall.app.ui.graph;

/**
 * A quadtree over points that approximates the repulsion of far-away groups by their centre of mass
 * (Barnes–Hut, opening angle {@value #THETA}). Built afresh for each step of {@link ForcePlacement}.
 */
final class BarnesHutTree {
    private static final double THETA = 0.9;
    private static final int MAX_DEPTH = 40;

    private final double[] px;
    private final double[] py;
    private final Cell root;

    private BarnesHutTree(double[] px, double[] py, Cell root) {
        this.px = px;
        this.py = py;
        this.root = root;
    }

    static BarnesHutTree of(double[] x, double[] y) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < x.length; i++) {
            minX = Math.min(minX, x[i]);
            minY = Math.min(minY, y[i]);
            maxX = Math.max(maxX, x[i]);
            maxY = Math.max(maxY, y[i]);
        }
        double size = Math.max(1, Math.max(maxX - minX, maxY - minY)) + 1;
        Cell root = new Cell(minX, minY, size);
        BarnesHutTree tree = new BarnesHutTree(x, y, root);
        for (int i = 0; i < x.length; i++) {
            tree.insert(root, i, 0);
        }
        return tree;
    }

    /** Adds to {@code (fx[i], fy[i])} the repulsion {@code k2 / d} of all other points on point {@code i}. */
    void repel(int i, double x, double y, double k2, double[] fx, double[] fy) {
        repel(root, i, x, y, k2, fx, fy);
    }

    private void repel(Cell cell, int i, double x, double y, double k2, double[] fx, double[] fy) {
        if (cell.count == 0 || (cell.count == 1 && cell.point == i)) {
            return;
        }
        double ex = x - cell.massX / cell.count;
        double ey = y - cell.massY / cell.count;
        double d2 = ex * ex + ey * ey;
        if (cell.children == null || cell.size * cell.size < THETA * THETA * d2) {
            if (d2 < 1e-6) {
                ex = ((i * 7919) % 13) - 6.0;
                ey = ((i * 104729) % 11) - 5.0;
                d2 = ex * ex + ey * ey + 1;
            }
            double count = cell.children == null && cell.point == i ? cell.count - 1 : cell.count;
            double f = k2 * count / d2;
            fx[i] += ex * f;
            fy[i] += ey * f;
            return;
        }
        for (Cell child : cell.children) {
            if (child != null) {
                repel(child, i, x, y, k2, fx, fy);
            }
        }
    }

    private void insert(Cell cell, int i, int depth) {
        cell.massX += px[i];
        cell.massY += py[i];
        cell.count++;
        if (cell.count == 1) {
            cell.point = i;
            return;
        }
        if (depth >= MAX_DEPTH) {
            return;
        }
        if (cell.children == null) {
            cell.children = new Cell[4];
            if (cell.point >= 0) {
                int old = cell.point;
                cell.point = -1;
                insert(child(cell, old), old, depth + 1);
            }
        }
        insert(child(cell, i), i, depth + 1);
    }

    private Cell child(Cell cell, int i) {
        double half = cell.size / 2;
        int quadrant = (px[i] >= cell.x + half ? 1 : 0) + (py[i] >= cell.y + half ? 2 : 0);
        Cell[] children = cell.children;
        if (children[quadrant] == null) {
            children[quadrant] = new Cell(
                    cell.x + ((quadrant & 1) != 0 ? half : 0), cell.y + ((quadrant & 2) != 0 ? half : 0), half);
        }
        return children[quadrant];
    }

    private static final class Cell {
        final double x;
        final double y;
        final double size;
        double massX;
        double massY;
        int count;
        int point = -1;
        Cell[] children;

        Cell(double x, double y, double size) {
            this.x = x;
            this.y = y;
            this.size = size;
        }
    }
}
