package io.blastwall.app.ui.graph;

import io.blastwall.analysis.BlastRadius;
import io.blastwall.analysis.ReachedIdentity;
import io.blastwall.analysis.ReachedResource;
import io.blastwall.app.LoadedSnapshot;
import io.blastwall.model.EntityId;
import io.blastwall.model.GrantId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The radius the canvas shows: whose, in which snapshot, and while simulating, the radius without the removed
 * grants.
 */
record Shown(LoadedSnapshot snapshot, String name, BlastRadius radius, Optional<BlastRadius> after,
        Set<GrantId> removed) {
    Shown {
        removed = Set.copyOf(removed);
    }

    boolean isSimulation() {
        return after.isPresent();
    }

    /** The same radius without the simulation. */
    Shown normal() {
        return new Shown(snapshot, name, radius, Optional.empty(), Set.of());
    }

    /** Whether both show the radius of the same identity in the same snapshot (simulated or not). */
    boolean sameRadiusAs(Shown other) {
        return snapshot == other.snapshot && radius.identity().equals(other.radius.identity());
    }

    Optional<RadiusSimulation> simulation() {
        return after.map(a -> {
            Set<EntityId> identities = new HashSet<>();
            a.identities().forEach(r -> identities.add(r.identity()));
            Set<EntityId> resources = new HashSet<>();
            a.resources().forEach(r -> resources.add(r.resource()));
            List<EntityId> lostIdentities = radius.identities().stream().map(ReachedIdentity::identity)
                    .filter(id -> !identities.contains(id)).toList();
            List<EntityId> lostResources = radius.resources().stream().map(ReachedResource::resource)
                    .filter(id -> !resources.contains(id)).toList();
            List<EntityId> lostJewels = radius.crownJewels().stream().filter(id -> !a.crownJewels().contains(id))
                    .toList();
            return new RadiusSimulation(radius.identity(), removed, RadiusFigures.of(radius), RadiusFigures.of(a),
                    lostIdentities, lostResources, lostJewels);
        });
    }

    String caption() {
        return simulation().map(s -> name + " \u2014 " + s.summary()).orElseGet(() -> RadiusCaption.of(name, radius));
    }
}
