package io.blastwall.analysis;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Breadth-first search over traversable relations with parent pointers. The arrays are stamped, so one
 * instance can run many searches without clearing them (the all-identities sweep relies on this). Out-edges
 * are visited in relation id order, so the parent of each entity, and hence every path, is deterministic.
 * Not thread-safe: use one instance per thread.
 */
final class Bfs implements ActingSet {
    private final GraphIndex index;
    private final int[] stamp;
    private final int[] hops;
    private final int[] parentRelation;
    private final int[] queue;
    private int epoch;
    private int count;
    private int source = -1;

    Bfs(GraphIndex index) {
        this.index = index;
        int n = index.entityCount();
        stamp = new int[n];
        hops = new int[n];
        parentRelation = new int[n];
        queue = new int[n];
    }

    /** Searches from {@code start}, never following a relation whose number is set in {@code hidden}. */
    Bfs run(int start, BitSet hidden) {
        nextEpoch();
        source = start;
        count = 0;
        visit(start, 0, -1);
        return expand(hidden);
    }

    /**
     * Searches from all of {@code starts} at once (a super-source): each start is at 0 hops, {@link #source()}
     * is the first of them and every path leads back to one of them.
     */
    Bfs runFrom(int[] starts, BitSet hidden) {
        nextEpoch();
        source = starts.length == 0 ? -1 : starts[0];
        count = 0;
        for (int s : starts) {
            if (stamp[s] != epoch) {
                visit(s, 0, -1);
            }
        }
        return expand(hidden);
    }

    private Bfs expand(BitSet hidden) {
        EdgeRows edges = index.traversable();
        if (hidden.isEmpty()) {
            return expand(edges.start(), edges.targets(), edges.items());
        }
        for (int head = 0; head < count; head++) {
            int u = queue[head];
            for (int e = edges.begin(u), end = edges.end(u); e < end; e++) {
                int v = edges.target(e);
                int r = edges.item(e);
                if (stamp[v] != epoch && !hidden.get(r)) {
                    visit(v, hops[u] + 1, r);
                }
            }
        }
        return this;
    }

    /** {@link #expand(BitSet)} with nothing hidden: no per-edge check. */
    private Bfs expand(int[] start, int[] targets, int[] items) {
        for (int head = 0; head < count; head++) {
            int u = queue[head];
            int next = hops[u] + 1;
            for (int e = start[u], end = start[u + 1]; e < end; e++) {
                int v = targets[e];
                if (stamp[v] != epoch) {
                    visit(v, next, items[e]);
                }
            }
        }
        return this;
    }

    private void nextEpoch() {
        if (epoch == Integer.MAX_VALUE) {
            Arrays.fill(stamp, 0);
            epoch = 0;
        }
        epoch++;
    }

    private void visit(int v, int distance, int relation) {
        stamp[v] = epoch;
        hops[v] = distance;
        parentRelation[v] = relation;
        queue[count++] = v;
    }

    @Override
    public int source() {
        return source;
    }

    /** Entities reached, the source included. */
    @Override
    public int count() {
        return count;
    }

    /** The {@code i}-th entity reached, in breadth-first (nearest first) order; {@code vertex(0)} is the source. */
    @Override
    public int vertex(int i) {
        return queue[i];
    }

    boolean reached(int v) {
        return stamp[v] == epoch;
    }

    @Override
    public boolean contains(int v) {
        return stamp[v] == epoch;
    }

    int hops(int v) {
        return hops[v];
    }

    /** The relation {@code v} was first reached by, -1 for a start; only meaningful when {@link #reached}. */
    int parentRelation(int v) {
        return parentRelation[v];
    }

    /** The relations of the shortest path found from the source to {@code v}, source side first. */
    int[] relationsTo(int v) {
        int[] path = new int[hops[v]];
        int at = v;
        for (int i = path.length - 1; i >= 0; i--) {
            path[i] = parentRelation[at];
            at = index.from(path[i]);
        }
        return path;
    }
}
