package io.blastwall.analysis;

import io.blastwall.model.GrantId;
import io.blastwall.model.IdentityGraph;
import java.util.BitSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The analyses of one graph, built once and shared: the compact int index is numbered a single time and
 * handed to the blast-radius analyzer, the path finder and the cut advisor. Immutable and thread-safe.
 *
 * <p>What-if: {@link #withoutGrants} gives the analyses of the same graph with some grants removed, as a
 * view that hides every relation needing one of them. Nothing is re-imported or copied but the int edge
 * rows; the original stays as it was, so "undo" is simply going back to it.
 */
public final class Analysis {
    private final IdentityGraph graph;
    private final GraphIndex index;
    private final Set<GrantId> removed;
    private final BlastRadiusAnalyzer radii;
    private final AttackPathFinder paths;
    private final CutAdvisor cuts;

    public Analysis(IdentityGraph graph) {
        this(graph, new GraphIndex(graph), Set.of());
    }

    private Analysis(IdentityGraph graph, GraphIndex index, Set<GrantId> removed) {
        this.graph = graph;
        this.index = index;
        this.removed = removed;
        this.radii = new BlastRadiusAnalyzer(index);
        this.paths = new AttackPathFinder(index);
        this.cuts = new CutAdvisor(index);
    }

    /** The graph as imported; with grants removed ({@link #removedGrants()}) its hidden relations are still in it. */
    public IdentityGraph graph() {
        return graph;
    }

    public BlastRadiusAnalyzer radii() {
        return radii;
    }

    public AttackPathFinder paths() {
        return paths;
    }

    public CutAdvisor cuts() {
        return cuts;
    }

    /** The grants this analysis pretends are removed (empty for the analysis of the graph as imported). */
    public Set<GrantId> removedGrants() {
        return removed;
    }

    /**
     * The analyses with {@code grants} removed as well as those already removed here: every relation that
     * needs one of them is hidden. {@link IllegalArgumentException} naming a grant that is not in the graph.
     */
    public Analysis withoutGrants(Set<GrantId> grants) {
        BitSet hide = new BitSet(index.relationCount());
        EdgeRows users = index.grantUsers();
        for (GrantId id : grants) {
            int g = index.grantNumber(id);
            if (g < 0) {
                throw new IllegalArgumentException("no grant " + id + " in this graph");
            }
            for (int e = users.begin(g); e < users.end(g); e++) {
                hide.set(users.target(e));
            }
        }
        Set<GrantId> all = new TreeSet<>(removed);
        all.addAll(grants);
        return new Analysis(graph, index.without(hide), Set.copyOf(all));
    }

    GraphIndex index() {
        return index;
    }
}
