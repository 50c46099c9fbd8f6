package io.blastwall.app.ui.graph;

import io.blastwall.analysis.AttackPath;
import io.blastwall.analysis.BlastRadius;
import io.blastwall.analysis.ReachedIdentity;
import io.blastwall.analysis.ReachedResource;
import io.blastwall.model.AccessLevel;
import io.blastwall.model.Entity;
import io.blastwall.model.EntityId;
import io.blastwall.model.IdentityGraph;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The rows of the radius table: every reached entity, nearest first, marked lost in a simulation. */
final class RadiusRows {
    private RadiusRows() {}

    static List<RadiusRow> of(IdentityGraph graph, BlastRadius radius, Optional<BlastRadius> after) {
        Set<EntityId> identities = new HashSet<>();
        Set<EntityId> resources = new HashSet<>();
        after.ifPresent(a -> {
            a.identities().forEach(r -> identities.add(r.identity()));
            a.resources().forEach(r -> resources.add(r.resource()));
        });
        Set<EntityId> jewels = new HashSet<>(radius.crownJewels());
        List<RadiusRow> rows = new ArrayList<>(radius.size());
        for (ReachedIdentity r : radius.identities()) {
            rows.add(row(graph, r.identity(), r.hops(), AccessLevel.NONE, r.path(), jewels,
                    after.isPresent() && !identities.contains(r.identity())));
        }
        for (ReachedResource r : radius.resources()) {
            rows.add(row(graph, r.resource(), r.hops(), r.access(), r.path(), jewels,
                    after.isPresent() && !resources.contains(r.resource())));
        }
        return rows;
    }

    private static RadiusRow row(IdentityGraph graph, EntityId id, int hops, AccessLevel access, AttackPath path,
            Set<EntityId> jewels, boolean lost) {
        Entity e = graph.require(id);
        String via = path.steps().isEmpty() ? "" : graph.require(path.steps().get(path.steps().size() - 1)
                .relation().from()).name();
        return new RadiusRow(id, e.name(), e.kind(), e.nativeType(), hops, access, via,
                e.isCrownJewel() || jewels.contains(id), lost);
    }
}
