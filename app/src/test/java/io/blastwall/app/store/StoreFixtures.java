package io.blastwall.app.store;

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
import io.blastwall.model.SourceFile;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Hand-built and generated graphs for the store tests. */
final class StoreFixtures {
    static final List<SourceFile> SOURCES = List.of(
            new SourceFile("exports/gaad.json", "a".repeat(64), "aws-gaad", 123_456L),
            new SourceFile("exports/cluster.yaml", "b".repeat(64), "kubernetes", 0L));

    private StoreFixtures() {}

    /**
     * One entity of every kind (with awkward tag and property keys), one grant of every kind and one relation
     * of every kind, chained so that every entity is an endpoint.
     */
    static IdentityGraph everyKind() {
        IdentityGraph.Builder graph = IdentityGraph.builder();
        EntityKind[] kinds = EntityKind.values();
        Provider[] providers = Provider.values();
        Sensitivity[] sensitivities = Sensitivity.values();
        for (int i = 0; i < kinds.length; i++) {
            graph.entity(new Entity(
                    entityId(i), kinds[i], providers[i % providers.length], "Native::" + kinds[i].name(),
                    "name " + i + " \"quoted\" ünïcödé", sensitivities[i % sensitivities.length],
                    Map.of("env", "prod", "aws:cloudformation:stack-name", "stack-" + i, "empty", ""),
                    Map.of("account", "1234567890" + i, "kubernetes.io/name", "n" + i, "path", "/a/b/")));
        }
        GrantKind[] grantKinds = GrantKind.values();
        for (int i = 0; i < grantKinds.length; i++) {
            graph.grant(new Grant(grantId(i), grantKinds[i], entityId(i), "subject " + i, "description " + i,
                    new Evidence("exports/gaad.json", "RoleDetailList[" + i + "]", "{\"Effect\": \"Allow\"}"),
                    i % 2 == 0 ? "" : "2026-11-0" + i));
        }
        RelationKind[] relationKinds = RelationKind.values();
        for (int i = 0; i < relationKinds.length; i++) {
            RelationKind kind = relationKinds[i];
            graph.relation(new Relation(
                    RelationId.of("rel-" + i), entityId(i % kinds.length), entityId((i + 1) % kinds.length), kind,
                    kind == RelationKind.CAN_ACCESS ? AccessLevel.PERMISSIONS_MANAGEMENT : AccessLevel.NONE,
                    i % 3 == 0 ? Set.of() : Set.of("sts:AssumeRole", "iam:PassRole", "s3:" + i),
                    i % 4 == 0 ? List.of() : List.of(grantId(i % grantKinds.length), grantId(0)),
                    Confidence.values()[i % Confidence.values().length],
                    "RULE-" + i,
                    i % 2 == 0 ? List.of() : List.of("aws:MultiFactorAuthPresent = true", "sts:ExternalId = x"),
                    i % 3 == 1 ? List.of() : List.of(
                            new Evidence("exports/gaad.json", "RoleDetailList[" + i + "].RolePolicyList[0].PolicyDocument.Statement[1]",
                                    "{\"Effect\":\"Allow\",\"Action\":\"s3:" + i + "\",\"Resource\":\"*\"}"),
                            new Evidence("", Relation.CHECKED + "deny in inline policy p1 at Statement[0] (condition not met)",
                                    "{\"Effect\":\"Deny\"}"))));
        }
        return graph.build();
    }

    /** {@code entities} entities and {@code relations} relations of mixed kinds, each relation with one grant. */
    static IdentityGraph generated(int entities, int relations) {
        IdentityGraph.Builder graph = IdentityGraph.builder();
        EntityKind[] kinds = EntityKind.values();
        for (int i = 0; i < entities; i++) {
            graph.entity(new Entity(entityId(i), kinds[i % kinds.length], Provider.AWS, "AWS::IAM::Role",
                    "entity " + i, Sensitivity.NONE, Map.of("team", "t" + (i % 7)), Map.of("account", "42")));
        }
        int grants = Math.max(1, relations / 10);
        for (int i = 0; i < grants; i++) {
            graph.grant(new Grant(grantId(i), GrantKind.INLINE_POLICY, entityId(i % entities), "policy " + i,
                    "inline policy " + i, new Evidence("gaad.json", "RolePolicyList[" + i + "]", "{}"), ""));
        }
        RelationKind[] relationKinds = RelationKind.values();
        for (int i = 0; i < relations; i++) {
            RelationKind kind = relationKinds[i % relationKinds.length];
            graph.relation(new Relation(RelationId.of("rel-" + i), entityId(i % entities),
                    entityId((i * 31 + 7) % entities), kind,
                    kind == RelationKind.CAN_ACCESS ? AccessLevel.READ : AccessLevel.NONE,
                    Set.of("s3:GetObject"), List.of(grantId(i % grants)), Confidence.PROVEN, "GEN-01", List.of()));
        }
        return graph.build();
    }

    static EntityId entityId(int i) {
        return EntityId.of("arn:aws:iam::123456789012:entity/e-" + i);
    }

    static GrantId grantId(int i) {
        return GrantId.of("grant-" + i);
    }

    static Map<EntityId, Entity> entitiesById(IdentityGraph graph) {
        return graph.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
    }

    static Map<RelationId, Relation> relationsById(IdentityGraph graph) {
        return graph.relations().stream().collect(Collectors.toMap(Relation::id, Function.identity()));
    }

    static Map<GrantId, Grant> grantsById(IdentityGraph graph) {
        return graph.grants().stream().collect(Collectors.toMap(Grant::id, Function.identity()));
    }
}
