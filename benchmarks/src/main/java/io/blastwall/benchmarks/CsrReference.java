package io.blastwall.benchmarks;

import io.blastwall.model.Entity;
import io.blastwall.model.EntityId;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationKind;
import java.util.HashMap;
import java.util.Map;

/**
 * The hardware reference: a plain breadth-first search over two int arrays (compressed sparse rows) holding the
 * same edges a blast radius follows, traversable relations and {@code CAN_ACCESS}. No parent pointers, no
 * relation numbers, no result objects: what a traversal costs when it does nothing else.
 */
final class CsrReference {
    private final Map<EntityId, Integer> numbers = new HashMap<>();
    private final int[] start;
    private final int[] targets;
    private final int[] seen;
    private final int[] queue;
    private int epoch;

    CsrReference(IdentityGraph graph) {
        for (Entity e : graph.entities()) {
            numbers.put(e.id(), numbers.size());
        }
        int n = numbers.size();
        start = new int[n + 1];
        for (Relation r : graph.relations()) {
            if (followed(r)) {
                start[numbers.get(r.from()) + 1]++;
            }
        }
        for (int v = 0; v < n; v++) {
            start[v + 1] += start[v];
        }
        int[] fill = java.util.Arrays.copyOf(start, n);
        targets = new int[start[n]];
        for (Relation r : graph.relations()) {
            if (followed(r)) {
                targets[fill[numbers.get(r.from())]++] = numbers.get(r.to());
            }
        }
        seen = new int[n];
        queue = new int[n];
    }

    private static boolean followed(Relation r) {
        return r.isTraversable() || r.kind() == RelationKind.CAN_ACCESS;
    }

    int number(EntityId id) {
        return numbers.get(id);
    }

    int edgeCount() {
        return targets.length;
    }

    /** Vertices reached from {@code source}, the source included. */
    int bfs(int source) {
        int mark = ++epoch;
        int head = 0;
        int tail = 0;
        queue[tail++] = source;
        seen[source] = mark;
        while (head < tail) {
            int u = queue[head++];
            for (int e = start[u], end = start[u + 1]; e < end; e++) {
                int v = targets[e];
                if (seen[v] != mark) {
                    seen[v] = mark;
                    queue[tail++] = v;
                }
            }
        }
        return tail;
    }

    /** Edges a search from {@code source} scans: the out-degrees of every vertex it reaches. */
    long edgesScanned(int source) {
        int reached = bfs(source);
        long edges = 0;
        for (int i = 0; i < reached; i++) {
            edges += start[queue[i] + 1] - start[queue[i]];
        }
        return edges;
    }
}
