package io.blastwall.analysis;

import io.blastwall.model.AccessLevel;
import java.util.BitSet;

/**
 * The rule that says which entities are the resources of a radius and with which access, in one place so
 * that the full radius, the all-identities sweep and the cut sizes agree. Given the acting set of X (X and
 * every entity reached over traversable relations, see {@link ActingSet}):
 * <ul>
 *   <li>each {@code CAN_ACCESS} relation from the acting set offers its target at the relation's level,
 *       unless the target is X or an identity of the acting set (that one is already reached, as an identity);
 *   <li>each traversable relation from the acting set into an entity that is not an identity (an account
 *       reached by {@code ADMIN_OF}, say) offers that entity at {@link AccessLevel#ADMIN}: acting as it is
 *       full control.
 * </ul>
 * Offers come in the order of the listed acting entities, then relation id order (nearest first for a
 * {@link Bfs}). Only the listed entities' relations are read.
 */
final class Offers {
    /** Receives one offer: {@code from} (in the acting set) gives {@code level} on {@code resource} via {@code relation}. */
    interface Sink {
        void offer(int from, int resource, int relation, AccessLevel level);
    }

    private Offers() {}

    static void enumerate(GraphIndex index, ActingSet acting, BitSet hidden, Sink sink) {
        EdgeRows control = index.traversableToNonIdentities();
        EdgeRows access = index.access();
        boolean[] identity = index.identityFlags();
        boolean anyHidden = !hidden.isEmpty();
        int source = acting.source();
        for (int i = 0, n = acting.count(); i < n; i++) {
            int u = acting.vertex(i);
            for (int e = control.begin(u), end = control.end(u); e < end; e++) {
                int r = control.target(e);
                if (r != source && !(anyHidden && hidden.get(control.item(e)))) {
                    sink.offer(u, r, control.item(e), AccessLevel.ADMIN);
                }
            }
            for (int e = access.begin(u), end = access.end(u); e < end; e++) {
                int r = access.target(e);
                int relation = access.item(e);
                if (r != source && !(identity[r] && acting.contains(r)) && !(anyHidden && hidden.get(relation))) {
                    sink.offer(u, r, relation, GraphIndex.level(access.level(e)));
                }
            }
        }
    }
}
