package io.blastwall.analysis;

import io.blastwall.model.AccessLevel;
import java.util.Arrays;
import java.util.BitSet;

/**
 * The resources of one radius with the strongest access level to each (see {@link Offers}), on stamped
 * arrays that can be reused across many radii. Not thread-safe.
 */
final class ResourceLevels implements Offers.Sink {
    private final GraphIndex index;
    private final int[] stamp;
    private final AccessLevel[] level;
    private final int[] resources;
    private int epoch;
    private int count;

    ResourceLevels(GraphIndex index) {
        this.index = index;
        int n = index.entityCount();
        stamp = new int[n];
        level = new AccessLevel[n];
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
        Offers.enumerate(index, acting, hidden, this);
        return this;
    }

    @Override
    public void offer(int from, int resource, int relation, AccessLevel offered) {
        if (stamp[resource] != epoch) {
            stamp[resource] = epoch;
            level[resource] = offered;
            resources[count++] = resource;
        } else if (offered.isStrongerThan(level[resource])) {
            level[resource] = offered;
        }
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
        return level[resource];
    }
}
