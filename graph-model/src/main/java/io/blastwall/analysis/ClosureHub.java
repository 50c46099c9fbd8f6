package io.blastwall.analysis;

import io.blastwall.model.AccessLevel;
import java.util.Arrays;
import java.util.BitSet;

/**
 * The summarised closure of one strongly connected component with a big radius: its acting set, its
 * resources with their strongest levels, and its score card (the component's own identities included).
 * A component that reaches this one can take it whole instead of searching it again, because everything
 * reachable from an acting set is already in it.
 */
final class ClosureHub {
    private static final AccessLevel[] LEVELS = AccessLevel.values();
    private final BitSet acting;
    private final int[] resources;
    private final byte[] levels;
    private final ScoreCard card;

    /** {@code packed} holds {@code resource << 8 | level ordinal}, sorted. */
    private ClosureHub(BitSet acting, long[] packed, ScoreCard card) {
        this.acting = acting;
        this.resources = new int[packed.length];
        this.levels = new byte[packed.length];
        for (int i = 0; i < packed.length; i++) {
            resources[i] = (int) (packed[i] >>> 8);
            levels[i] = (byte) (packed[i] & 0xFF);
        }
        this.card = card;
    }

    /**
     * The hub of a closure made of {@code base} (or nothing) plus the entities {@code listed} outside it and
     * the resources {@code offers} found from them; identities listed are no longer resources.
     */
    static ClosureHub extend(ClosureHub base, GraphIndex index, ActingSet listed, ResourceLevels offers,
            ScoreCard card) {
        BitSet acting = base == null ? new BitSet(index.entityCount()) : base.actingCopy();
        for (int i = 0; i < listed.count(); i++) {
            acting.set(listed.vertex(i));
        }
        long[] fresh = fresh(base, offers);
        int inherited = base == null ? 0 : base.resources.length;
        long[] merged = new long[inherited + fresh.length];
        int n = 0;
        int f = 0;
        for (int i = 0; i < inherited; i++) {
            int r = base.resources[i];
            while (f < fresh.length && fresh[f] >>> 8 < r) {
                merged[n++] = fresh[f++];
            }
            if (!(index.isIdentity(r) && acting.get(r))) {
                merged[n++] = pack(r, strongest(offers, r, LEVELS[base.levels[i]]));
            }
        }
        System.arraycopy(fresh, f, merged, n, fresh.length - f);
        return new ClosureHub(acting, Arrays.copyOf(merged, n + fresh.length - f), card);
    }

    /** The resources offered that {@code base} does not have, packed and sorted. */
    private static long[] fresh(ClosureHub base, ResourceLevels offers) {
        long[] fresh = new long[offers.count()];
        int n = 0;
        for (int i = 0; i < offers.count(); i++) {
            int r = offers.resource(i);
            if (base == null || base.levelOrdinal(r) < 0) {
                fresh[n++] = pack(r, offers.level(r));
            }
        }
        long[] sorted = Arrays.copyOf(fresh, n);
        Arrays.sort(sorted);
        return sorted;
    }

    private static AccessLevel strongest(ResourceLevels offers, int r, AccessLevel inherited) {
        return offers.contains(r) && offers.level(r).isStrongerThan(inherited) ? offers.level(r) : inherited;
    }

    private static long pack(int resource, AccessLevel level) {
        return ((long) resource << 8) | level.ordinal();
    }

    boolean acts(int v) {
        return acting.get(v);
    }

    private BitSet actingCopy() {
        return (BitSet) acting.clone();
    }

    /** The ordinal of the strongest level on {@code resource}, or -1 when it is not a resource here. */
    int levelOrdinal(int resource) {
        int at = Arrays.binarySearch(resources, resource);
        return at < 0 ? -1 : levels[at];
    }

    /** A copy of the score card, to extend. */
    ScoreCard card() {
        return card.copy();
    }

    /** Approximate heap bytes held. */
    long bytes() {
        return acting.size() / 8L + resources.length * 5L;
    }
}
