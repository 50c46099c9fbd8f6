package io.blastwall.analysis;

import io.blastwall.model.AccessLevel;
import io.blastwall.model.Confidence;
import io.blastwall.model.Entity;
import io.blastwall.model.EntityId;
import io.blastwall.model.EntityKind;
import io.blastwall.model.Evidence;
import io.blastwall.model.Grant;
import io.blastwall.model.GrantId;
import io.blastwall.model.GrantKind;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Provider;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationId;
import io.blastwall.model.RelationKind;
import io.blastwall.model.Sensitivity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds small graphs for tests in a line each. Relations get ids {@code r001, r002...} in the order they
 * are added unless one is given. A grant that is named but never declared becomes an unused inline policy
 * held by the relation's source.
 */
final class TestGraph {
    private final Map<EntityId, Entity> entities = new LinkedHashMap<>();
    private final Map<GrantId, Grant> grants = new LinkedHashMap<>();
    private final List<Relation> relations = new ArrayList<>();

    static TestGraph create() {
        return new TestGraph();
    }

    static EntityId id(String value) {
        return EntityId.of(value);
    }

    TestGraph roles(String... ids) {
        for (String id : ids) {
            entity(id, EntityKind.ROLE, Sensitivity.NONE);
        }
        return this;
    }

    TestGraph resources(String... ids) {
        for (String id : ids) {
            entity(id, EntityKind.RESOURCE, Sensitivity.NONE);
        }
        return this;
    }

    TestGraph crownJewel(String id) {
        return entity(id, EntityKind.RESOURCE, Sensitivity.CRITICAL);
    }

    TestGraph entity(String id, EntityKind kind, Sensitivity sensitivity) {
        Entity e = Entity.of(id(id), kind, Provider.AWS, "Test::" + kind.name(), id).withSensitivity(sensitivity);
        entities.put(e.id(), e);
        return this;
    }

    TestGraph grant(String id, GrantKind kind, String holder, String lastUsed) {
        Evidence evidence = new Evidence("test.json", "$." + id, "{\"grant\":\"" + id + "\"}");
        grants.put(GrantId.of(id), new Grant(GrantId.of(id), kind, id(holder), id, "grant " + id, evidence, lastUsed));
        return this;
    }

    TestGraph assume(String from, String to, String... grantIds) {
        return relation(from, to, RelationKind.CAN_ASSUME, grantIds);
    }

    TestGraph relation(String from, String to, RelationKind kind, String... grantIds) {
        return add(nextId(), from, to, kind, AccessLevel.NONE, Set.of(kind.name()), Confidence.PROVEN, grantIds);
    }

    TestGraph access(String from, String to, AccessLevel level, String action, String... grantIds) {
        return add(nextId(), from, to, RelationKind.CAN_ACCESS, level, Set.of(action), Confidence.PROVEN, grantIds);
    }

    /** Adds a relation with every field chosen by the test. */
    TestGraph add(String relationId, String from, String to, RelationKind kind, AccessLevel level,
            Set<String> actions, Confidence confidence, String... grantIds) {
        List<GrantId> ids = new ArrayList<>();
        for (String g : grantIds) {
            grants.computeIfAbsent(GrantId.of(g), k -> defaultGrant(g, from));
            ids.add(GrantId.of(g));
        }
        relations.add(new Relation(RelationId.of(relationId), id(from), id(to), kind, level, actions, ids,
                confidence, "TEST-01", List.of()));
        return this;
    }

    private static Grant defaultGrant(String id, String holder) {
        Evidence evidence = new Evidence("test.json", "$." + id, "{\"grant\":\"" + id + "\"}");
        return new Grant(GrantId.of(id), GrantKind.INLINE_POLICY, id(holder), id, "grant " + id, evidence, "");
    }

    private String nextId() {
        return "r%03d".formatted(relations.size() + 1);
    }

    /** The path over the named relations of {@code graph}, with their grants, as the analysis reports it. */
    static AttackPath path(IdentityGraph graph, String from, String to, String... relationIds) {
        List<PathStep> steps = new ArrayList<>();
        for (String r : relationIds) {
            Relation relation = graph.relation(RelationId.of(r)).orElseThrow();
            steps.add(new PathStep(relation, relation.grants().stream().map(g -> graph.grant(g).orElseThrow()).toList()));
        }
        return new AttackPath(id(from), id(to), steps);
    }

    IdentityGraph build() {
        IdentityGraph.Builder builder = IdentityGraph.builder();
        entities.values().forEach(builder::entity);
        grants.values().forEach(builder::grant);
        relations.forEach(builder::relation);
        return builder.build();
    }
}
