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
    private final BitSet acting;
    private final int[] resources;
    private final byte[] levels;
    private final ScoreCard card;

    /** {@code packed} holds {@code resource << 8 | level ordinal}, sorted. */
    ClosureHub(BitSet acting, long[] packed, ScoreCard card) {
        this.acting = acting;
        this.resources = new int[packed.length];
        this.levels = new byte[packed.length];
        for (int i = 0; i < packed.length; i++) {
            resources[i] = (int) (packed[i] >>> 8);
            levels[i] = (byte) (packed[i] & 0xFF);
        }
        this.card = card;
    }

    static long pack(int resource, AccessLevel level) {
        return ((long) resource << 8) | level.ordinal();
    }

    boolean acts(int v) {
        return acting.get(v);
    }

    BitSet actingCopy() {
        return (BitSet) acting.clone();
    }

    /** The ordinal of the strongest level on {@code resource}, or -1 when it is not a resource here. */
    int levelOrdinal(int resource) {
        int at = Arrays.binarySearch(resources, resource);
        return at < 0 ? -1 : levels[at];
    }

    int resourceCount() {
        return resources.length;
    }

    int resource(int i) {
        return resources[i];
    }

    int levelOrdinalAt(int i) {
        return levels[i];
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
