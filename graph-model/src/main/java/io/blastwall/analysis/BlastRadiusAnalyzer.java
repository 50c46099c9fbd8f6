package io.blastwall.analysis;

import io.blastwall.model.EntityId;
import io.blastwall.model.IdentityGraph;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * Blast radii of identities. The constructor numbers the graph into compact int arrays once; every call
 * afterwards searches those arrays. Instances are immutable and safe to share between threads.
 *
 * <p>The blast radius of X: the entities reached from X over traversable relations (breadth first, ties
 * broken by relation id), then the {@code CAN_ACCESS} relations out of X and out of everything reached,
 * keeping per resource the strongest access level, the actions giving it, the fewest hops and the nearest
 * path giving that level. An entity that is not an identity but is reached over a traversable relation (an
 * account reached by {@code ADMIN_OF}) is a resource with {@code ADMIN} access. X itself is never part of
 * its own radius. Relations of every {@link io.blastwall.model.Confidence} count; paths carry it. The score
 * is explained in {@link BlastRadius#scoreParts()}: 50 points per crown jewel reached, access level weight
 * × (1 + sensitivity weight) per resource, 1 + sensitivity weight per identity reached.
 */
public final class BlastRadiusAnalyzer {
    private static final BitSet NOTHING_HIDDEN = new BitSet();

    private final GraphIndex index;
    private final RadiusAssembler assembler;
    private final StrongComponents components;

    public BlastRadiusAnalyzer(IdentityGraph graph) {
        this(new GraphIndex(graph));
    }

    BlastRadiusAnalyzer(GraphIndex index) {
        this.index = index;
        this.assembler = new RadiusAssembler(index);
        this.components = StrongComponents.of(index.traversable(), index.entityCount());
    }

    /** The full radius of {@code identity}, with paths; {@link IllegalArgumentException} if it is unknown. */
    public BlastRadius radius(EntityId identity) {
        return assembler.radius(index.require(identity), NOTHING_HIDDEN);
    }

    /**
     * Counts and score of every identity, highest score first, then by id. Equal to what {@link #radius}
     * gives for each identity. Checks the thread's interrupt flag between components and throws
     * {@link CancellationException} (leaving the flag set) when it is raised.
     */
    public List<RadiusSummary> all(ProgressListener progress) {
        return new RadiusSweep(index, components).run(progress);
    }

    /**
     * Who can reach {@code entity}: every identity whose blast radius holds it, with the hops that radius
     * gives it, nearest first, then by id. {@link IllegalArgumentException} when the entity is unknown;
     * {@link CancellationException} when the thread is interrupted.
     */
    public List<ReachingIdentity> reachersOf(EntityId entity) {
        return new ReverseReach(index).of(index.require(entity));
    }

    /** Every entity with {@code Sensitivity.CRITICAL}, in id order. */
    public Set<EntityId> crownJewels() {
        Set<EntityId> jewels = new LinkedHashSet<>();
        for (int v : index.crownJewels()) {
            jewels.add(index.id(v));
        }
        return Collections.unmodifiableSet(jewels);
    }
}
