package io.blastwall.importer.aws;

import io.blastwall.model.Entity;
import io.blastwall.model.EntityId;
import io.blastwall.model.Grant;
import io.blastwall.model.GrantId;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.RelationId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The graph being built: entities may still be amended (sensitivity, admin status), edges merge by id. */
final class GraphDraft {
    private final Map<EntityId, Entity> entities = new LinkedHashMap<>();
    private final Map<GrantId, Grant> grants = new LinkedHashMap<>();
    private final Map<RelationId, Edge> edges = new LinkedHashMap<>();

    void put(Entity entity) {
        entities.put(entity.id(), entity);
    }

    void putIfAbsent(Entity entity) {
        entities.putIfAbsent(entity.id(), entity);
    }

    Optional<Entity> entity(String id) {
        return Optional.ofNullable(entities.get(EntityId.of(id)));
    }

    boolean has(String id) {
        return entities.containsKey(EntityId.of(id));
    }

    void update(String id, UnaryOperator<Entity> change) {
        entities.computeIfPresent(EntityId.of(id), (k, e) -> change.apply(e));
    }

    Collection<Entity> entities() {
        return entities.values();
    }

    void grant(Grant grant) {
        grants.putIfAbsent(grant.id(), grant);
    }

    boolean hasGrant(GrantId id) {
        return grants.containsKey(id);
    }

    /** Adds the edge, merging actions, access and conditions into an existing relation with the same id. */
    void relate(Edge edge) {
        if (edge.kind().traversable() && edge.from().equals(edge.to())) {
            return;
        }
        edges.merge(edge.id(), edge, Edge::merge);
    }

    /** Replaces each edge by what {@code change} returns for it, or removes it when that is empty. */
    void reviseEdges(java.util.function.Function<Edge, java.util.Optional<Edge>> change) {
        for (RelationId id : java.util.List.copyOf(edges.keySet())) {
            java.util.Optional<Edge> revised = change.apply(edges.get(id));
            if (revised.isPresent()) {
                edges.put(id, revised.get());
            } else {
                edges.remove(id);
            }
        }
    }

    Collection<Edge> edges() {
        return edges.values();
    }

    IdentityGraph build() {
        IdentityGraph.Builder b = IdentityGraph.builder();
        entities.values().forEach(b::entity);
        grants.values().forEach(b::grant);
        edges.forEach((id, e) -> b.relation(e.toRelation(id)));
        return b.build();
    }
}
