package io.blastwall.importer.kubernetes;

import io.blastwall.model.Entity;
import io.blastwall.model.EntityId;
import io.blastwall.model.Evidence;
import io.blastwall.model.Grant;
import io.blastwall.model.GrantId;
import io.blastwall.model.IdentityGraph;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The Kubernetes graph being built: entities may still be amended, edges merge by id. */
final class KubeDraft {
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final Map<GrantId, Grant> grants = new LinkedHashMap<>();
    private final Map<String, KubeEdge> edges = new LinkedHashMap<>();
    private final Map<GrantId, Evidence> roleRules = new HashMap<>();

    void put(Entity entity) {
        entities.put(entity.id().value(), entity);
    }

    void putIfAbsent(Entity entity) {
        entities.putIfAbsent(entity.id().value(), entity);
    }

    Optional<Entity> entity(String id) {
        return Optional.ofNullable(entities.get(id));
    }

    void update(String id, UnaryOperator<Entity> change) {
        entities.computeIfPresent(id, (k, e) -> change.apply(e));
    }

    Collection<Entity> entities() {
        return entities.values();
    }

    GrantId grant(Grant grant) {
        grants.putIfAbsent(grant.id(), grant);
        return grant.id();
    }

    /** Records the rules of the role a binding grant gives, as evidence for every relation that rests on the grant. */
    void roleRules(GrantId bindingGrant, Evidence rules) {
        roleRules.putIfAbsent(bindingGrant, rules);
    }

    void relate(KubeEdge edge) {
        if (edge.kind().traversable() && edge.from().equals(edge.to())) {
            return;
        }
        KubeEdge withRules = withRoleRules(edge);
        edges.merge(withRules.id(), withRules, KubeEdge::merge);
    }

    private KubeEdge withRoleRules(KubeEdge edge) {
        List<Evidence> rules = edge.grants().stream().map(roleRules::get).filter(Objects::nonNull)
                .filter(e -> !edge.evidence().contains(e)).distinct().toList();
        if (rules.isEmpty()) {
            return edge;
        }
        List<Evidence> evidence = new ArrayList<>(edge.evidence());
        evidence.addAll(rules);
        return edge.withEvidence(evidence);
    }

    Collection<KubeEdge> edges() {
        return edges.values();
    }

    IdentityGraph build() {
        IdentityGraph.Builder b = IdentityGraph.builder();
        entities.values().forEach(b::entity);
        grants.values().forEach(b::grant);
        edges.values().forEach(e -> b.relation(e.toRelation()));
        return b.build();
    }

    static EntityId id(String value) {
        return EntityId.of(value);
    }
}
