package io.blastwall.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds {@link AttackPath} values, with their relations and grants, from relation numbers. */
final class AttackPaths {
    private final GraphIndex index;

    AttackPaths(GraphIndex index) {
        this.index = index;
    }

    /** The path from {@code source} to {@code target} following {@code relations} in order. */
    AttackPath of(int source, int target, int[] relations) {
        List<PathStep> steps = new ArrayList<>(relations.length);
        for (int r : relations) {
            steps.add(new PathStep(index.relation(r), index.grantsOf(r)));
        }
        return new AttackPath(index.id(source), index.id(target), steps);
    }

    /** The shortest path {@code bfs} found to {@code via}, then one more hop over {@code lastRelation}. */
    AttackPath through(Bfs bfs, int via, int lastRelation) {
        int[] before = bfs.relationsTo(via);
        int[] relations = Arrays.copyOf(before, before.length + 1);
        relations[before.length] = lastRelation;
        return of(bfs.source(), index.to(lastRelation), relations);
    }

    /** The shortest path {@code bfs} found to {@code target}. */
    AttackPath to(Bfs bfs, int target) {
        return of(bfs.source(), target, bfs.relationsTo(target));
    }
}
