package io.blastwall.app.ui.graph;

import io.blastwall.analysis.ProgressListener;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

/**
 * A force-directed placement (Fruchterman–Reingold with a Barnes–Hut quadtree for the repulsion, so a step
 * costs O(n log n)): every node repels every other, edges pull their ends together, a weak pull keeps the
 * graph around the analysed identity, which stays at the origin. Starts from the hop placement, so the result
 * is deterministic. Stops early when the thread is interrupted.
 */
final class ForcePlacement {
    static final double IDEAL = 260;
    private static final double GRAVITY = 0.06;
    private static final long WORK_BUDGET = 40_000_000L;

    private final int n;
    private final double[] x;
    private final double[] y;
    private final double[] dx;
    private final double[] dy;
    private final int[] edgeFrom;
    private final int[] edgeTo;
    private final int root;

    private ForcePlacement(List<DiagramNode> start, List<DiagramEdge> edges) {
        n = start.size();
        x = new double[n];
        y = new double[n];
        dx = new double[n];
        dy = new double[n];
        Map<String, Integer> index = new HashMap<>();
        int rootIndex = 0;
        for (int i = 0; i < n; i++) {
            DiagramNode node = start.get(i);
            index.put(node.key(), i);
            if (node.isRoot()) {
                rootIndex = i;
            }
        }
        root = rootIndex;
        placeOnRings(start);
        List<int[]> pairs = new ArrayList<>();
        for (DiagramEdge e : edges) {
            Integer a = index.get(e.fromKey());
            Integer b = index.get(e.toKey());
            if (a != null && b != null && !a.equals(b)) {
                pairs.add(new int[] {a, b});
            }
        }
        edgeFrom = pairs.stream().mapToInt(p -> p[0]).toArray();
        edgeTo = pairs.stream().mapToInt(p -> p[1]).toArray();
    }

    /**
     * The starting positions: the root at the origin, each hop on a ring around it (wide enough for its
     * nodes), in the order the hop placement gave them, so that neighbours start near each other.
     */
    private void placeOnRings(List<DiagramNode> start) {
        Map<Integer, List<Integer>> rings = new java.util.TreeMap<>();
        for (int i = 0; i < n; i++) {
            rings.computeIfAbsent(start.get(i).column(), c -> new ArrayList<>()).add(i);
        }
        double previous = 0;
        for (Map.Entry<Integer, List<Integer>> ring : rings.entrySet()) {
            List<Integer> members = new ArrayList<>(ring.getValue());
            members.sort(java.util.Comparator.comparingDouble((Integer i) -> start.get(i).y())
                    .thenComparingDouble(i -> start.get(i).x()));
            double radius = ring.getKey() == 0 ? 0 : Math.max(previous + IDEAL, members.size() * IDEAL * 0.8 / (2 * Math.PI));
            for (int k = 0; k < members.size(); k++) {
                double angle = 2 * Math.PI * k / members.size() + ring.getKey() * 0.7;
                x[members.get(k)] = radius * Math.cos(angle);
                y[members.get(k)] = radius * Math.sin(angle) * 0.7;
            }
            previous = radius;
        }
    }

    /** Places {@code nodes} (ordered and positioned by hops first) by forces; returns them moved. */
    static List<DiagramNode> place(List<DiagramNode> nodes, List<DiagramEdge> edges, ProgressListener progress) {
        List<DiagramNode> start = ColumnPlacement.place(nodes, edges);
        if (start.size() < 2) {
            return start;
        }
        ForcePlacement placement = new ForcePlacement(start, edges);
        placement.run(progress);
        List<DiagramNode> placed = new ArrayList<>(start.size());
        for (int i = 0; i < start.size(); i++) {
            DiagramNode node = start.get(i);
            placed.add(node.at(placement.x[i] - node.width() / 2, placement.y[i] - node.height() / 2));
        }
        return placed;
    }

    /** How many steps a graph of this size gets: fewer for large graphs, within a fixed amount of work. */
    static int iterations(int nodes) {
        double perStep = nodes * Math.max(1, Math.log(nodes) / Math.log(2)) + 1;
        return (int) Math.max(40, Math.min(300, WORK_BUDGET / perStep));
    }

    private void run(ProgressListener progress) {
        int steps = iterations(n);
        double temperature = IDEAL * Math.max(2, Math.sqrt(n) / 4);
        double cooling = Math.pow(4.0 / temperature, 1.0 / steps);
        for (int step = 0; step < steps; step++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("force layout cancelled");
            }
            step(temperature);
            temperature *= cooling;
            if (step % 10 == 0) {
                progress.progress("Force-directed layout", step, steps);
            }
        }
        new OverlapRemoval(x, y, RadiusLayout.NODE_WIDTH + 16, RadiusLayout.NODE_HEIGHT + 16).run(root);
        progress.progress("Force-directed layout", steps, steps);
    }

    private void step(double temperature) {
        java.util.Arrays.fill(dx, 0);
        java.util.Arrays.fill(dy, 0);
        BarnesHutTree tree = BarnesHutTree.of(x, y);
        double k2 = IDEAL * IDEAL;
        for (int i = 0; i < n; i++) {
            tree.repel(i, x[i], y[i], k2, dx, dy);
        }
        for (int e = 0; e < edgeFrom.length; e++) {
            int a = edgeFrom[e];
            int b = edgeTo[e];
            double ex = x[a] - x[b];
            double ey = y[a] - y[b];
            double d = Math.max(1, Math.hypot(ex, ey));
            double f = d / IDEAL;
            dx[a] -= ex * f;
            dy[a] -= ey * f;
            dx[b] += ex * f;
            dy[b] += ey * f;
        }
        for (int i = 0; i < n; i++) {
            if (i == root) {
                continue;
            }
            double gx = dx[i] - (x[i] - x[root]) * GRAVITY;
            double gy = dy[i] - (y[i] - y[root]) * GRAVITY;
            double length = Math.hypot(gx, gy);
            if (length > 0) {
                double move = Math.min(length, temperature);
                x[i] += gx / length * move;
                y[i] += gy / length * move;
            }
        }
    }
}
