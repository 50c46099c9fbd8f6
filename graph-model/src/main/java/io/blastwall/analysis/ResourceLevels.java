package io.blastwall.analysis;

import io.blastwall.model.AccessLevel;
import java.util.Arrays;
import java.util.BitSet;

/**
 * The resources of one radius with the strongest access level to each (see {@link Offers}), on stamped
 * arrays that can be reused across many radii. Not thread-safe.
 *
 * <p>Levels are kept as {@link AccessLevel} ordinals: {@link AccessLevel#isStrongerThan} is the ordinal order
 * (weights never fall as the ordinal rises, and equal weights are ordered by ordinal), so the strongest offer
 * is the largest ordinal. With nothing hidden, the offers are read straight from the index's arrays (the
 * access level beside each target), which is the radius' inner loop.
 */
final class ResourceLevels implements Offers.Sink {
    private static final byte ADMIN = (byte) AccessLevel.ADMIN.ordinal();

    private final GraphIndex index;
    private final int[] stamp;
    private final byte[] level;
    private final int[] resources;
    private int epoch;
    private int count;

    ResourceLevels(GraphIndex index) {
        this.index = index;
        int n = index.entityCount();
        stamp = new int[n];
        level = new byte[n];
        resources = new int[n];
    }

    /** Collects the resources offered by the listed entities of {@code acting}. */
    ResourceLevels collect(ActingSet acting, BitSet hidden) {
        if (epoch == Integer.MAX_VALUE) {
            Arrays.fill(stamp, 0);
            epoch = 0;
        }
        epoch++;
        count = 0;
        if (hidden.isEmpty()) {
            collectVisible(acting);
        } else {
            Offers.enumerate(index, acting, hidden, this);
        }
        return this;
    }

    /** {@link Offers#enumerate} with nothing hidden, inlined on the arrays. */
    private void collectVisible(ActingSet acting) {
        EdgeRows control = index.traversableToNonIdentities();
        int[] controlStart = control.start();
        int[] controlTargets = control.targets();
        EdgeRows access = index.access();
        int[] accessStart = access.start();
        int[] accessTargets = access.targets();
        byte[] accessLevels = access.levels();
        boolean[] identity = index.identityFlags();
        int source = acting.source();
        for (int i = 0, n = acting.count(); i < n; i++) {
            int u = acting.vertex(i);
            for (int e = controlStart[u], end = controlStart[u + 1]; e < end; e++) {
                int r = controlTargets[e];
                if (r != source) {
                    offer(r, ADMIN);
                }
            }
            for (int e = accessStart[u], end = accessStart[u + 1]; e < end; e++) {
                int r = accessTargets[e];
                if (r != source && !(identity[r] && acting.contains(r))) {
                    offer(r, accessLevels[e]);
                }
            }
        }
    }

    private void offer(int resource, byte offered) {
        if (stamp[resource] != epoch) {
            stamp[resource] = epoch;
            level[resource] = offered;
            resources[count++] = resource;
        } else if (offered > level[resource]) {
            level[resource] = offered;
        }
    }

    @Override
    public void offer(int from, int resource, int relation, AccessLevel offered) {
        offer(resource, (byte) offered.ordinal());
    }

    int count() {
        return count;
    }

    /** The {@code i}-th resource, in the order first offered. */
    int resource(int i) {
        return resources[i];
    }

    boolean contains(int v) {
        return stamp[v] == epoch;
    }

    /** The strongest level offered on {@code resource}; only meaningful when {@link #contains} it. */
    AccessLevel level(int resource) {
        return GraphIndex.level(level[resource]);
    }
}
