package io.blastwall.analysis;

import java.util.Arrays;
import java.util.BitSet;

/**
 * A flow network on int arrays with whole-number capacities, solved by Dinic's algorithm (level graph by
 * breadth-first search, blocking flow by an iterative depth-first search, so long chains cannot overflow
 * the stack). Arcs come in pairs: arc {@code a} and its residual twin {@code a ^ 1}.
 */
final class FlowNetwork {
    static final long INFINITE = Long.MAX_VALUE / 4;

    private int vertices;
    private int[] head = new int[16];
    private int arcs;
    private int[] next = new int[32];
    private int[] to = new int[32];
    private long[] residual = new long[32];

    int addVertex() {
        if (vertices == head.length) {
            head = Arrays.copyOf(head, vertices * 2);
        }
        head[vertices] = -1;
        return vertices++;
    }

    /** Adds an arc of {@code capacity} and its residual twin; returns the arc's number. */
    int addArc(int from, int target, long capacity) {
        int a = arcs;
        link(from, target, capacity);
        link(target, from, 0);
        return a;
    }

    private void link(int from, int target, long capacity) {
        if (arcs == to.length) {
            next = Arrays.copyOf(next, arcs * 2);
            to = Arrays.copyOf(to, arcs * 2);
            residual = Arrays.copyOf(residual, arcs * 2);
        }
        to[arcs] = target;
        residual[arcs] = capacity;
        next[arcs] = head[from];
        head[from] = arcs++;
    }

    long maxFlow(int source, int sink) {
        int[] level = new int[vertices];
        int[] current = new int[vertices];
        int[] path = new int[vertices];
        long flow = 0;
        while (levels(source, sink, level)) {
            System.arraycopy(head, 0, current, 0, vertices);
            for (long pushed = augment(source, sink, level, current, path); pushed > 0;
                    pushed = augment(source, sink, level, current, path)) {
                flow += pushed;
            }
        }
        return flow;
    }

    private boolean levels(int source, int sink, int[] level) {
        Arrays.fill(level, -1);
        int[] queue = new int[vertices];
        int size = 0;
        level[source] = 0;
        queue[size++] = source;
        for (int i = 0; i < size; i++) {
            int v = queue[i];
            for (int a = head[v]; a >= 0; a = next[a]) {
                if (residual[a] > 0 && level[to[a]] < 0) {
                    level[to[a]] = level[v] + 1;
                    queue[size++] = to[a];
                }
            }
        }
        return level[sink] >= 0;
    }

    /** Finds one path in the level graph and pushes its bottleneck; 0 when the blocking flow is complete. */
    private long augment(int source, int sink, int[] level, int[] current, int[] path) {
        int depth = 0;
        int v = source;
        while (v != sink) {
            int a = current[v];
            while (a >= 0 && (residual[a] == 0 || level[to[a]] != level[v] + 1)) {
                a = next[a];
            }
            current[v] = a;
            if (a >= 0) {
                path[depth++] = a;
                v = to[a];
            } else if (depth == 0) {
                return 0;
            } else {
                level[v] = -1;
                int back = path[--depth];
                v = to[back ^ 1];
                current[v] = next[back];
            }
        }
        return push(path, depth);
    }

    private long push(int[] path, int depth) {
        long bottleneck = INFINITE;
        for (int i = 0; i < depth; i++) {
            bottleneck = Math.min(bottleneck, residual[path[i]]);
        }
        for (int i = 0; i < depth; i++) {
            residual[path[i]] -= bottleneck;
            residual[path[i] ^ 1] += bottleneck;
        }
        return bottleneck;
    }

    /** Vertices still reachable from {@code source} in the residual network (the source side of a min cut). */
    BitSet sourceSide(int source) {
        BitSet side = new BitSet(vertices);
        int[] queue = new int[vertices];
        int size = 0;
        side.set(source);
        queue[size++] = source;
        for (int i = 0; i < size; i++) {
            for (int a = head[queue[i]]; a >= 0; a = next[a]) {
                if (residual[a] > 0 && !side.get(to[a])) {
                    side.set(to[a]);
                    queue[size++] = to[a];
                }
            }
        }
        return side;
    }

    /** Vertices that still reach {@code sink} in the residual network (the sink side of the other extreme min cut). */
    BitSet sinkSide(int sink) {
        BitSet side = new BitSet(vertices);
        int[] queue = new int[vertices];
        int size = 0;
        side.set(sink);
        queue[size++] = sink;
        for (int i = 0; i < size; i++) {
            for (int b = head[queue[i]]; b >= 0; b = next[b]) {
                int a = b ^ 1;
                if (residual[a] > 0 && !side.get(to[b])) {
                    side.set(to[b]);
                    queue[size++] = to[b];
                }
            }
        }
        return side;
    }
}
