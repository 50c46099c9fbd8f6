package io.blastwall.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds {@link AttackPath} values, with their relations and grants, from relation numbers. Paths of one
 * search share prefixes, so the steps to each entity and the step of each relation are built once and
 * reused: create one instance per search (not thread-safe).
 */
final class AttackPaths {
    private final GraphIndex index;
    private final Map<Integer, PathStep> steps = new HashMap<>();
    private final Map<Integer, List<PathStep>> prefixes = new HashMap<>();

    AttackPaths(GraphIndex index) {
        this.index = index;
    }

    /** The shortest path {@code bfs} found to {@code target}. */
    AttackPath to(Bfs bfs, int target) {
        return new AttackPath(index.id(bfs.source()), index.id(target), stepsTo(bfs, target));
    }

    /** The shortest path {@code bfs} found to {@code via}, then one more hop over {@code lastRelation} to {@code target}. */
    AttackPath through(Bfs bfs, int via, int lastRelation, int target) {
        List<PathStep> before = stepsTo(bfs, via);
        List<PathStep> path = new ArrayList<>(before.size() + 1);
        path.addAll(before);
        path.add(step(lastRelation));
        return new AttackPath(index.id(bfs.source()), index.id(target), path);
    }

    /** The path over {@code relations}, source side first, from {@code source} to {@code target}. */
    AttackPath over(int source, int target, int[] relations) {
        List<PathStep> path = new ArrayList<>(relations.length);
        for (int r : relations) {
            path.add(step(r));
        }
        return new AttackPath(index.id(source), index.id(target), path);
    }

    private List<PathStep> stepsTo(Bfs bfs, int v) {
        List<PathStep> known = prefixes.get(v);
        if (known != null) {
            return known;
        }
        int[] relations = bfs.relationsTo(v);
        List<PathStep> path = new ArrayList<>(relations.length);
        for (int r : relations) {
            path.add(step(r));
        }
        List<PathStep> frozen = List.copyOf(path);
        prefixes.put(v, frozen);
        return frozen;
    }

    private PathStep step(int relation) {
        return steps.computeIfAbsent(relation, r -> new PathStep(index.relation(r), index.grantsOf(r)));
    }
}
