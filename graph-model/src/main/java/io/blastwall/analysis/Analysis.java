package io.blastwall.analysis;

import io.blastwall.model.IdentityGraph;

/**
 * The analyses of one graph, built once and shared: the compact int index is numbered a single time and
 * handed to the blast-radius analyzer, the path finder and the cut advisor. Immutable and thread-safe.
 */
public final class Analysis {
    private final IdentityGraph graph;
    private final BlastRadiusAnalyzer radii;
    private final AttackPathFinder paths;
    private final CutAdvisor cuts;

    public Analysis(IdentityGraph graph) {
        this.graph = graph;
        GraphIndex index = new GraphIndex(graph);
        this.radii = new BlastRadiusAnalyzer(index);
        this.paths = new AttackPathFinder(index);
        this.cuts = new CutAdvisor(index);
    }

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
}
