package io.blastwall.analysis;

import io.blastwall.model.AccessLevel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The rows of one blast radius as int arrays, and the {@link ReachedIdentity} and {@link ReachedResource}
 * values (with their paths and actions) made from them on demand. Keeps what a row needs and no more: the
 * entities acted as with the relation each was first reached by (the breadth-first parents, sorted by entity
 * number), and per resource its level, hops and the relation of the nearest offer at that level. Immutable.
 */
final class RadiusRows {
    /** Resource rows in list order (hops, then entity number, which is id order). */
    static final class Resources {
        final int[] entity;
        final byte[] level;
        final int[] hops;
        final int[] via;

        Resources(int size) {
            entity = new int[size];
            level = new byte[size];
            hops = new int[size];
            via = new int[size];
        }
    }

    private final GraphIndex index;
    private final BitSet hidden;
    private final int source;
    /** Entities acted as, sorted: {@code entity << 32 | relation reached by} (-1 for the source). */
    private final long[] acting;
    /** Identity rows in list order: {@code hops << 32 | entity}. */
    private final long[] identities;
    private final Resources resources;
    /** The steps to each entity acted as (by its place in {@code acting}), made when first needed and shared. */
    private final AtomicReferenceArray<List<PathStep>> prefixes;

    RadiusRows(GraphIndex index, BitSet hidden, int source, long[] acting, long[] identities, Resources resources) {
        this.index = index;
        this.hidden = hidden;
        this.source = source;
        this.acting = acting;
        this.identities = identities;
        this.resources = resources;
        this.prefixes = new AtomicReferenceArray<>(acting.length);
    }

    List<ReachedIdentity> identities() {
        return new RowList<>(identities.length, this::identity);
    }

    List<ReachedResource> resources() {
        return new RowList<>(resources.entity.length, this::resource);
    }

    private ReachedIdentity identity(int row) {
        int v = (int) identities[row];
        List<PathStep> steps = stepsTo(v);
        return new ReachedIdentity(index.id(v), (int) (identities[row] >>> 32),
                new AttackPath(index.id(source), index.id(v), steps));
    }

    private ReachedResource resource(int row) {
        int r = resources.entity[row];
        int via = resources.via[row];
        List<PathStep> before = stepsTo(index.from(via));
        List<PathStep> steps = new ArrayList<>(before.size() + 1);
        steps.addAll(before);
        steps.add(step(via));
        return new ReachedResource(index.id(r), GraphIndex.level(resources.level[row]), actions(r, resources.level[row]),
                resources.hops[row], new AttackPath(index.id(source), index.id(r), steps));
    }

    /**
     * The breadth-first path to {@code v}, an entity acted as: unmodifiable, made once per entity and shared
     * by the rows through it (a race makes it twice, equal).
     */
    private List<PathStep> stepsTo(int v) {
        // Walk up the parents to an entity whose steps are known (or a start), then make them on the way down.
        int[] chain = new int[8];
        int n = 0;
        List<PathStep> steps = null;
        for (int at = place(v); steps == null; ) {
            if (at < 0) {
                throw new IllegalStateException("entity " + v + " is not acted as in this radius");
            }
            steps = prefixes.get(at);
            if (steps == null) {
                if (n == chain.length) {
                    chain = Arrays.copyOf(chain, n * 2);
                }
                chain[n++] = at;
                int parent = (int) acting[at];
                if (parent < 0) {
                    steps = List.of();
                } else {
                    at = place(index.from(parent));
                }
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            int parent = (int) acting[chain[i]];
            if (parent >= 0) {
                List<PathStep> path = new ArrayList<>(steps.size() + 1);
                path.addAll(steps);
                path.add(step(parent));
                steps = List.copyOf(path);
            }
            prefixes.set(chain[i], steps);
        }
        return steps;
    }

    /** The place of {@code v} in {@code acting}, or -1 when it is not acted as. */
    private int place(int v) {
        int at = Arrays.binarySearch(acting, (long) v << 32);
        at = at < 0 ? -at - 1 : at;
        return at < acting.length && (int) (acting[at] >>> 32) == v ? at : -1;
    }

    private boolean acts(int v) {
        return place(v) >= 0;
    }

    private PathStep step(int relation) {
        return new PathStep(index.relation(relation), index.grantsOf(relation));
    }

    /**
     * The actions of every offer of {@code r} at its level (see {@link Offers}): visible {@code CAN_ACCESS}
     * relations into it from an entity acted as, and for an entity that is not an identity the traversable
     * relations into it (offered at {@code ADMIN}).
     */
    private Set<String> actions(int r, byte level) {
        Set<String> actions = new HashSet<>();
        EdgeRows accessIn = index.accessIn();
        for (int e = accessIn.begin(r), end = accessIn.end(r); e < end; e++) {
            int relation = accessIn.item(e);
            if (index.relation(relation).access().ordinal() == level && visible(relation)
                    && acts(accessIn.target(e))) {
                actions.addAll(index.relation(relation).actions());
            }
        }
        if (!index.isIdentity(r) && GraphIndex.level(level) == AccessLevel.ADMIN) {
            EdgeRows in = index.traversableIn();
            for (int e = in.begin(r), end = in.end(r); e < end; e++) {
                if (visible(in.item(e)) && acts(in.target(e))) {
                    actions.addAll(index.relation(in.item(e)).actions());
                }
            }
        }
        return actions;
    }

    private boolean visible(int relation) {
        return !hidden.get(relation);
    }
}
