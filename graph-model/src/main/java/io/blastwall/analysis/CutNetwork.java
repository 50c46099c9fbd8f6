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
    private final int sink;

    private CutNetwork(GraphIndex index, GrantCosts costs) {
        this.index = index;
        this.costs = costs;
        entityVertex = new int[index.entityCount()];
        grantVertex = new int[index.grantCount()];
        Arrays.fill(entityVertex, -1);
        Arrays.fill(grantVertex, -1);
        sink = network.addVertex();
    }

    /** The network of traversable relations out of {@code reach}, plus its access relations into {@code targets}. */
    static CutNetwork build(GraphIndex index, GrantCosts costs, Bfs reach, BitSet targets) {
        CutNetwork net = new CutNetwork(index, costs);
        EdgeRows traversable = index.traversable();
        EdgeRows access = index.access();
        for (int i = 0; i < reach.count(); i++) {
            int u = reach.vertex(i);
            for (int e = traversable.begin(u); e < traversable.end(u); e++) {
                net.addRelation(traversable.item(e));
            }
            for (int e = access.begin(u); e < access.end(u); e++) {
                if (targets.get(access.target(e))) {
                    net.addRelation(access.item(e));
                }
            }
        }
        targets.stream().forEach(t -> net.network.addArc(net.vertexOf(t), net.sink, FlowNetwork.INFINITE));
        return net;
    }

    private void addRelation(int r) {
        int at = vertexOf(index.from(r));
        EdgeRows grants = index.relationGrants();
        for (int e = grants.begin(r); e < grants.end(r); e++) {
            int in = grantIn(grants.target(e));
            network.addArc(at, in, FlowNetwork.INFINITE);
            at = in + 1;
        }
        network.addArc(at, vertexOf(index.to(r)), FlowNetwork.INFINITE);
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

    /** Solves the max flow from {@code source} and returns the grant numbers of a minimum cut. */
    int[] minimumCut(int source) {
        int s = vertexOf(source);
        network.maxFlow(s, sink);
        BitSet side = network.sourceSide(s);
        int[] cut = new int[index.grantCount()];
        int n = 0;
        for (int g = 0; g < grantVertex.length; g++) {
            if (grantVertex[g] >= 0 && side.get(grantVertex[g]) && !side.get(grantVertex[g] + 1)) {
                cut[n++] = g;
            }
        }
        return Arrays.copyOf(cut, n);
    }
}
