package io.blastwall.analysis;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The flow network of one cut question, built only on the part of the graph reachable from the source.
 * Capacity sits on grants: every grant becomes an in/out vertex pair joined by one arc whose capacity is the
 * grant's cost; everything else is infinite. A relation becomes the chain
 * {@code from → g1in → g1out → g2in → g2out … → to}, its grants in list order, so cutting any one of them
 * breaks it (a relation needs all its grants), and parallel relations are separate chains (either suffices).
 * A relation without grants is a single infinite arc: it cannot be cut. The targets join a super-sink.
 *
 * <p>Grant vertices are shared by every relation that uses the grant. That can join the first half of one
 * relation to the second half of another and so over-approximate what is reachable; a cut computed here
 * still disconnects every real path, it may just cost more than strictly necessary.
 */
final class CutNetwork {
    private final GraphIndex index;
    private final GrantCosts costs;
    private final FlowNetwork network = new FlowNetwork();
    private final int[] entityVertex;
    private final int[] grantVertex;
    private final BitSet keep;
    private final int sink;
    private BitSet sourceSide = new BitSet();
    private BitSet sinkSide = new BitSet();

    private CutNetwork(GraphIndex index, GrantCosts costs, BitSet keep) {
        this.index = index;
        this.costs = costs;
        this.keep = keep;
        entityVertex = new int[index.entityCount()];
        grantVertex = new int[index.grantCount()];
        Arrays.fill(entityVertex, -1);
        Arrays.fill(grantVertex, -1);
        sink = network.addVertex();
    }

    /**
     * The network of traversable relations out of {@code reach}, plus its access relations into {@code targets}.
     * Grants set in {@code keep} must not be cut: they are left out of their relations' chains (a relation
     * whose grants are all kept is a plain infinite arc), so they cannot join unrelated relations either.
     */
    static CutNetwork build(GraphIndex index, GrantCosts costs, Bfs reach, BitSet targets, BitSet keep) {
        CutNetwork net = new CutNetwork(index, costs, keep);
        EdgeRows traversable = index.traversable();
        EdgeRows access = index.access();
        for (int i = 0; i < reach.count(); i++) {
            int u = reach.vertex(i);
            for (int e = traversable.begin(u); e < traversable.end(u); e++) {
                net.addRelation(traversable.item(e), traversable.target(e));
            }
            for (int e = access.begin(u); e < access.end(u); e++) {
                if (targets.get(access.target(e))) {
                    net.addRelation(access.item(e), access.target(e));
                }
            }
        }
        targets.stream().forEach(t -> net.network.addArc(net.vertexOf(t), net.sink, FlowNetwork.INFINITE));
        return net;
    }

    /** Relation {@code r}, whose target is {@code to}. */
    private void addRelation(int r, int to) {
        int at = vertexOf(index.from(r));
        RelationGrants grants = index.relationGrants();
        for (int i = 0, n = grants.count(r); i < n; i++) {
            int g = grants.grant(r, i);
            if (keep.get(g)) {
                continue;
            }
            int in = grantIn(g);
            network.addArc(at, in, FlowNetwork.INFINITE);
            at = in + 1;
        }
        network.addArc(at, vertexOf(to), FlowNetwork.INFINITE);
    }

    private int vertexOf(int entity) {
        if (entityVertex[entity] < 0) {
            entityVertex[entity] = network.addVertex();
        }
        return entityVertex[entity];
    }

    private int grantIn(int g) {
        if (grantVertex[g] < 0) {
            int in = network.addVertex();
            int out = network.addVertex();
            network.addArc(in, out, costs.hundredths(index.grant(g)));
            grantVertex[g] = in;
        }
        return grantVertex[g];
    }

    /**
     * Solves the max flow from a super-source joined to every entity of {@code sources} by infinite arcs; then
     * {@link #nearSources()} and {@link #nearSink()} read the two extreme minimum cuts off the residual network.
     */
    CutNetwork solve(int[] sources) {
        int s = network.addVertex();
        for (int source : sources) {
            network.addArc(s, vertexOf(source), FlowNetwork.INFINITE);
        }
        network.maxFlow(s, sink);
        sourceSide = network.sourceSide(s);
        sinkSide = network.sinkSide(sink);
        return this;
    }

    /** The grants of the minimum cut with the smallest source side: the vertices the source still reaches. */
    int[] nearSources() {
        return cutGrants(sourceSide, true);
    }

    /** The grants of the minimum cut with the largest source side: all but the vertices that still reach the sink. */
    int[] nearSink() {
        return cutGrants(sinkSide, false);
    }

    private int[] cutGrants(BitSet side, boolean sourceSideGiven) {
        int[] cut = new int[index.grantCount()];
        int n = 0;
        for (int g = 0; g < grantVertex.length; g++) {
            if (grantVertex[g] < 0) {
                continue;
            }
            boolean inOnSourceSide = side.get(grantVertex[g]) == sourceSideGiven;
            boolean outOnSourceSide = side.get(grantVertex[g] + 1) == sourceSideGiven;
            if (inOnSourceSide && !outOnSourceSide) {
                cut[n++] = g;
            }
        }
        return Arrays.copyOf(cut, n);
    }
}
