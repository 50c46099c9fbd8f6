package io.blastwall.analysis;

import io.blastwall.model.AccessLevel;
import io.blastwall.model.EntityId;
import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Turns one breadth-first search into a full {@link BlastRadius}: identities, resources, crown jewels, score.
 * The counts, score and crown jewels are computed at once; the identity and resource rows are kept as int
 * arrays ({@link RadiusRows}) and made, with their paths, when read. The search arrays (about 29 bytes per
 * entity) are reused between calls through a soft reference, so an idle analysis gives them back when memory
 * is short; thread-safe (a call that finds them taken makes its own).
 */
final class RadiusAssembler {
    private static final byte ADMIN = (byte) AccessLevel.ADMIN.ordinal();

    private final GraphIndex index;
    private final AtomicReference<SoftReference<Search>> spare = new AtomicReference<>();

    RadiusAssembler(GraphIndex index) {
        this.index = index;
    }

    BlastRadius radius(int source, BitSet hidden) {
        SoftReference<Search> kept = spare.getAndSet(null);
        Search search = kept == null ? null : kept.get();
        if (search == null) {
            search = new Search(index);
        }
        try {
            return search.radius(source, hidden);
        } finally {
            spare.set(new SoftReference<>(search));
        }
    }

    /** The reusable, stamped arrays of one radius computation. */
    private static final class Search {
        private final GraphIndex index;
        private final Bfs bfs;
        private final int[] stamp;
        private final byte[] level;
        private final int[] via;
        private final int[] hops;
        private int epoch;
        private int count;

        Search(GraphIndex index) {
            this.index = index;
            int n = index.entityCount();
            bfs = new Bfs(index);
            stamp = new int[n];
            level = new byte[n];
            via = new int[n];
            hops = new int[n];
        }

        BlastRadius radius(int source, BitSet hidden) {
            bfs.run(source, hidden);
            collectOffers(hidden);
            ScoreCard card = new ScoreCard();
            LongList jewels = new LongList();
            RadiusRows rows = new RadiusRows(index, hidden, source, acting(), identities(card, jewels),
                    resources(card, jewels));
            List<EntityId> crownJewels = new ArrayList<>(jewels.size);
            jewels.sort();
            for (int i = 0; i < jewels.size; i++) {
                crownJewels.add(index.id((int) jewels.values[i]));
                card.addCrownJewel();
            }
            return new BlastRadius(index.id(source), rows.identities(), rows.resources(), crownJewels,
                    card.points(), card.parts());
        }

        /**
         * The rule of {@link Offers}, keeping per resource the strongest level, the first (nearest) relation
         * offering it and the hops of the first offer (the fewest: offers come nearest first).
         */
        private void collectOffers(BitSet hidden) {
            if (++epoch == Integer.MAX_VALUE) {
                Arrays.fill(stamp, 0);
                epoch = 1;
            }
            count = 0;
            boolean anyHidden = !hidden.isEmpty();
            EdgeRows control = index.traversableToNonIdentities();
            EdgeRows access = index.access();
            int[] accessStart = access.start();
            int[] accessTargets = access.targets();
            int[] accessItems = access.items();
            byte[] accessLevels = access.levels();
            int source = bfs.source();
            for (int i = 0, n = bfs.count(); i < n; i++) {
                int u = bfs.vertex(i);
                int next = bfs.hops(u) + 1;
                for (int e = control.begin(u), end = control.end(u); e < end; e++) {
                    int r = control.target(e);
                    if (r != source && !(anyHidden && hidden.get(control.item(e)))) {
                        offer(r, ADMIN, control.item(e), next);
                    }
                }
                for (int e = accessStart[u], end = accessStart[u + 1]; e < end; e++) {
                    int r = accessTargets[e];
                    byte flags = accessLevels[e];
                    if (r != source && !((flags & EdgeRows.TARGET_IS_IDENTITY) != 0 && bfs.contains(r))
                            && !(anyHidden && hidden.get(accessItems[e]))) {
                        offer(r, (byte) (flags & EdgeRows.LEVEL), accessItems[e], next);
                    }
                }
            }
        }

        private void offer(int r, byte offered, int relation, int distance) {
            if (stamp[r] != epoch) {
                stamp[r] = epoch;
                level[r] = offered;
                via[r] = relation;
                hops[r] = distance;
                count++;
            } else if (offered > level[r]) {
                level[r] = offered;
                via[r] = relation;
            }
        }

        /** Every entity acted as (the source included), by entity number, with the relation it was reached by. */
        private long[] acting() {
            long[] acting = new long[bfs.count()];
            for (int i = 0; i < acting.length; i++) {
                int v = bfs.vertex(i);
                acting[i] = (long) v << 32 | (bfs.parentRelation(v) & 0xFFFFFFFFL);
            }
            Arrays.sort(acting);
            return acting;
        }

        /** The identities reached, by hops then id (entity number order is id order), added to the score. */
        private long[] identities(ScoreCard card, LongList jewels) {
            LongList list = new LongList();
            for (int i = 1; i < bfs.count(); i++) {
                int v = bfs.vertex(i);
                if (index.isIdentity(v)) {
                    long key = (long) bfs.hops(v) << 32 | v;
                    list.add(key);
                    card.addIdentity(index.sensitivity(v));
                    if (index.isCrownJewel(v)) {
                        jewels.add(key);
                    }
                }
            }
            list.sort();
            return Arrays.copyOf(list.values, list.size);
        }

        /** The resources, by hops then id, as rows {@link RadiusRows} reads; added to the score. */
        private RadiusRows.Resources resources(ScoreCard card, LongList jewels) {
            int[] ascending = new int[count];
            int maxHops = 0;
            for (int v = 0, k = 0; k < count; v++) {
                if (stamp[v] == epoch) {
                    ascending[k++] = v;
                    maxHops = Math.max(maxHops, hops[v]);
                }
            }
            int[] at = new int[maxHops + 2];
            for (int v : ascending) {
                at[hops[v] + 1]++;
            }
            for (int h = 0; h <= maxHops; h++) {
                at[h + 1] += at[h];
            }
            RadiusRows.Resources rows = new RadiusRows.Resources(count);
            for (int v : ascending) {
                int row = at[hops[v]]++;
                rows.entity[row] = v;
                rows.level[row] = level[v];
                rows.hops[row] = hops[v];
                rows.via[row] = via[v];
                card.addResource(GraphIndex.level(level[v]), index.sensitivity(v));
                if (index.isCrownJewel(v)) {
                    jewels.add((long) hops[v] << 32 | v);
                }
            }
            return rows;
        }
    }

    /** A growable list of longs (sort keys {@code hops << 32 | entity}). */
    private static final class LongList {
        private long[] values = new long[16];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        void sort() {
            Arrays.sort(values, 0, size);
        }
    }
}
