package io.blastwall.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * "Who can reach X": the reverse blast radius. Identity Y is listed exactly when X is in Y's radius (see
 * {@link Offers}), with the hops Y's radius gives X: over traversable relations only when X is an identity
 * that Y acts as; otherwise the fewer of the traversable hops and the hops to an entity with a
 * {@code CAN_ACCESS} relation into X, plus one. Two breadth-first searches over incoming edges. Not thread-safe.
 */
final class ReverseReach {
    private static final int UNREACHED = Integer.MAX_VALUE;

    private final GraphIndex index;

    ReverseReach(GraphIndex index) {
        this.index = index;
    }

    /** The reaching identities, nearest first, then by id. */
    List<ReachingIdentity> of(int target) {
        int[] overTraversable = distances(new int[] {target}, 0);
        int[] viaAccess = distances(accessSources(target), 1);
        boolean identityTarget = index.isIdentity(target);
        List<ReachingIdentity> found = new ArrayList<>();
        for (int v = 0; v < index.entityCount(); v++) {
            if (v == target || !index.isIdentity(v)) {
                continue;
            }
            int hops = identityTarget && overTraversable[v] != UNREACHED
                    ? overTraversable[v]
                    : Math.min(overTraversable[v], viaAccess[v]);
            if (hops != UNREACHED) {
                found.add(new ReachingIdentity(index.id(v), hops));
            }
        }
        found.sort(Comparator.comparingInt(ReachingIdentity::hops).thenComparing(ReachingIdentity::identity));
        return found;
    }

    private int[] accessSources(int target) {
        EdgeRows in = index.accessIn();
        int[] sources = new int[in.degree(target)];
        for (int e = in.begin(target), i = 0; e < in.end(target); e++, i++) {
            sources[i] = in.target(e);
        }
        return sources;
    }

    /** Hops from every entity to the nearest of {@code starts} over traversable relations, plus {@code offset}. */
    private int[] distances(int[] starts, int offset) {
        int[] distance = new int[index.entityCount()];
        Arrays.fill(distance, UNREACHED);
        int[] queue = new int[index.entityCount()];
        int size = 0;
        for (int s : starts) {
            if (distance[s] == UNREACHED) {
                distance[s] = offset;
                queue[size++] = s;
            }
        }
        EdgeRows in = index.traversableIn();
        for (int head = 0; head < size; head++) {
            if ((head & 0xFFF) == 0 && Thread.currentThread().isInterrupted()) {
                throw new CancellationException("reverse search interrupted");
            }
            int v = queue[head];
            for (int e = in.begin(v); e < in.end(v); e++) {
                int u = in.target(e);
                if (distance[u] == UNREACHED) {
                    distance[u] = distance[v] + 1;
                    queue[size++] = u;
                }
            }
        }
        return distance;
    }
}
