package io.blastwall.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.YenKShortestPath;
import org.jgrapht.graph.DirectedMultigraph;

/**
 * The k shortest loopless attack paths between two entities, by Yen's algorithm (JGraphT) on the subgraph
 * that matters: entities reachable from the source that can also reach the target, their traversable
 * relations, and the {@code CAN_ACCESS} relations into the target (left out when the target is an identity
 * the source acts as, as for the single shortest path). Parallel relations make different paths. Each path
 * is a list of relation numbers, source side first; fewest hops first, ties by relation id sequence.
 * JGraphT stays inside this class.
 */
final class KShortestPaths {
    private static final Comparator<int[]> ORDER = Comparator.<int[]>comparingInt(p -> p.length)
            .thenComparing(Arrays::compare);

    private final GraphIndex index;

    KShortestPaths(GraphIndex index) {
        this.index = index;
    }

    List<int[]> find(int source, int target, int k) {
        Bfs forward = new Bfs(index).run(source, new BitSet());
        boolean viaAccess = !(forward.reached(target) && index.isIdentity(target));
        BitSet useful = reachingTarget(target, viaAccess);
        Graph<Integer, Integer> graph = new DirectedMultigraph<>(Integer.class);
        for (int i = 0; i < forward.count(); i++) {
            int u = forward.vertex(i);
            if (useful.get(u)) {
                addEdges(graph, u, useful, target, viaAccess);
            }
        }
        if (!graph.containsVertex(source) || !graph.containsVertex(target)) {
            return List.of();
        }
        List<int[]> paths = new ArrayList<>();
        for (GraphPath<Integer, Integer> p : new YenKShortestPath<>(graph).getPaths(source, target, k)) {
            paths.add(p.getEdgeList().stream().mapToInt(Integer::intValue).toArray());
        }
        paths.sort(ORDER);
        return paths;
    }

    private void addEdges(Graph<Integer, Integer> graph, int u, BitSet useful, int target, boolean viaAccess) {
        EdgeRows out = index.traversable();
        for (int e = out.begin(u); e < out.end(u); e++) {
            link(graph, u, out.target(e), out.item(e), useful);
        }
        if (viaAccess) {
            EdgeRows access = index.access();
            for (int e = access.begin(u); e < access.end(u); e++) {
                if (access.target(e) == target) {
                    link(graph, u, target, access.item(e), useful);
                }
            }
        }
    }

    private static void link(Graph<Integer, Integer> graph, int u, int v, int relation, BitSet useful) {
        if (u != v && useful.get(v)) {
            graph.addVertex(u);
            graph.addVertex(v);
            graph.addEdge(u, v, relation);
        }
    }

    /** Entities that reach the target over traversable relations, or over them and one access relation into it. */
    private BitSet reachingTarget(int target, boolean viaAccess) {
        BitSet seen = new BitSet(index.entityCount());
        int[] queue = new int[index.entityCount()];
        int size = 0;
        seen.set(target);
        queue[size++] = target;
        if (viaAccess) {
            EdgeRows in = index.accessIn();
            for (int e = in.begin(target); e < in.end(target); e++) {
                if (!seen.get(in.target(e))) {
                    seen.set(in.target(e));
                    queue[size++] = in.target(e);
                }
            }
        }
        EdgeRows in = index.traversableIn();
        for (int head = 0; head < size; head++) {
            int v = queue[head];
            for (int e = in.begin(v); e < in.end(v); e++) {
                if (!seen.get(in.target(e))) {
                    seen.set(in.target(e));
                    queue[size++] = in.target(e);
                }
            }
        }
        return seen;
    }
}
