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
 * is the largest ordinal. One int per entity holds both the stamp and the level ({@code epoch << 3 | level}),
 * and with nothing hidden the offers are read straight from the index's arrays (level and "target is an
 * identity" in the byte beside each target): per access edge the radius' inner loop reads the target, that
 * byte and one int.
 */
final class ResourceLevels implements Offers.Sink {
    private static final int LEVEL_BITS = 3;
    private static final int LEVEL_MASK = (1 << LEVEL_BITS) - 1;
    private static final int MAX_EPOCH = Integer.MAX_VALUE >>> LEVEL_BITS;
    private static final int ADMIN = AccessLevel.ADMIN.ordinal();

    static {
        if (AccessLevel.values().length > LEVEL_MASK + 1) {
            throw new IllegalStateException("access levels do not fit " + LEVEL_BITS + " bits");
        }
    }

    private final GraphIndex index;
    private final int[] mark;
    private final int[] resources;
    private int epoch;
    private int count;

    ResourceLevels(GraphIndex index) {
        this.index = index;
        int n = index.entityCount();
        mark = new int[n];
        resources = new int[n];
    }

    /** Collects the resources offered by the listed entities of {@code acting}. */
    ResourceLevels collect(ActingSet acting, BitSet hidden) {
        if (epoch == MAX_EPOCH) {
            Arrays.fill(mark, 0);
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
                int level = accessLevels[e];
                if (r != source && !((level & EdgeRows.TARGET_IS_IDENTITY) != 0 && acting.contains(r))) {
                    offer(r, level & EdgeRows.LEVEL);
                }
            }
        }
    }

    private void offer(int resource, int offered) {
        int m = mark[resource];
        if (m >>> LEVEL_BITS != epoch) {
            mark[resource] = epoch << LEVEL_BITS | offered;
            resources[count++] = resource;
        } else if (offered > (m & LEVEL_MASK)) {
            mark[resource] = epoch << LEVEL_BITS | offered;
        }
    }

    @Override
    public void offer(int from, int resource, int relation, AccessLevel offered) {
        offer(resource, offered.ordinal());
    }

    int count() {
        return count;
    }

    /** The {@code i}-th resource, in the order first offered. */
    int resource(int i) {
        return resources[i];
    }

    boolean contains(int v) {
        return mark[v] >>> LEVEL_BITS == epoch;
    }

    /** The strongest level offered on {@code resource}; only meaningful when {@link #contains} it. */
    AccessLevel level(int resource) {
        return GraphIndex.level(mark[resource] & LEVEL_MASK);
    }
}
