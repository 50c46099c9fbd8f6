package io.blastwall.app.ui.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pushes apart boxes (given by their centres, all of one size) that overlap, along the axis of least overlap,
 * a few passes over a spatial hash so that the cost stays near linear. One box (the root) stays put.
 */
final class OverlapRemoval {
    private static final int PASSES = 12;

    private final double[] x;
    private final double[] y;
    private final double width;
    private final double height;

    OverlapRemoval(double[] x, double[] y, double width, double height) {
        this.x = x;
        this.y = y;
        this.width = width;
        this.height = height;
    }

    void run(int fixed) {
        for (int pass = 0; pass < PASSES; pass++) {
            if (!separate(fixed)) {
                return;
            }
        }
    }

    /** One pass; whether anything moved. */
    private boolean separate(int fixed) {
        Map<Long, List<Integer>> cells = new HashMap<>();
        for (int i = 0; i < x.length; i++) {
            cells.computeIfAbsent(cell(Math.floor(x[i] / width), Math.floor(y[i] / height)), c -> new ArrayList<>())
                    .add(i);
        }
        boolean moved = false;
        for (int i = 0; i < x.length; i++) {
            long cx = (long) Math.floor(x[i] / width);
            long cy = (long) Math.floor(y[i] / height);
            for (long gx = cx - 1; gx <= cx + 1; gx++) {
                for (long gy = cy - 1; gy <= cy + 1; gy++) {
                    for (int j : cells.getOrDefault(cell(gx, gy), List.of())) {
                        if (j > i) {
                            moved |= push(i, j, fixed);
                        }
                    }
                }
            }
        }
        return moved;
    }

    private boolean push(int i, int j, int fixed) {
        double ox = width - Math.abs(x[i] - x[j]);
        double oy = height - Math.abs(y[i] - y[j]);
        if (ox <= 0 || oy <= 0) {
            return false;
        }
        double shareI = i == fixed ? 0 : j == fixed ? 1 : 0.5;
        double shareJ = 1 - shareI;
        if (ox / width < oy / height) {
            double sign = x[i] < x[j] || (x[i] == x[j] && i < j) ? -1 : 1;
            x[i] += sign * ox * shareI;
            x[j] -= sign * ox * shareJ;
        } else {
            double sign = y[i] < y[j] || (y[i] == y[j] && i < j) ? -1 : 1;
            y[i] += sign * oy * shareI;
            y[j] -= sign * oy * shareJ;
        }
        return true;
    }

    private static long cell(double gx, double gy) {
        return ((long) gx << 32) ^ ((long) gy & 0xffffffffL);
    }

    private static long cell(long gx, long gy) {
        return (gx << 32) ^ (gy & 0xffffffffL);
    }
}
