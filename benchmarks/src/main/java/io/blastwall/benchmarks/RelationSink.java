package io.blastwall.benchmarks;

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
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Numbers and collects the entities, grants and relations of a generated estate. */
final class RelationSink {
    private static final String SOURCE = "generated-estate.json";

    private final IdentityGraph.Builder builder = IdentityGraph.builder();
    private int relations;
    private int grants;

    Entity entity(String id, EntityKind kind, Provider provider, String nativeType, Sensitivity sensitivity) {
        Entity entity = new Entity(EntityId.of(id), kind, provider, nativeType, name(id), sensitivity, Map.of(),
                Map.of("generated", "true"));
        builder.entity(entity);
        return entity;
    }

    /** A new grant held by {@code holder}; {@code lastUsed} empty when unknown. */
    GrantId grant(GrantKind kind, EntityId holder, String subject, String lastUsed) {
        GrantId id = GrantId.of("g-" + padded(grants++, 7));
        builder.grant(new Grant(id, kind, holder, subject, kind.action() + " " + subject + " of " + holder.value(),
                new Evidence(SOURCE, "grants[" + id.value() + "]", "{\"subject\": \"" + subject + "\"}"), lastUsed));
        return id;
    }

    /** A traversable (or informational) relation without an access level. */
    void relate(EntityId from, EntityId to, RelationKind kind, List<GrantId> needs, Confidence confidence, String rule) {
        add(from, to, kind, AccessLevel.NONE, Set.of(), needs, confidence, rule);
    }

    /** A {@code CAN_ACCESS} relation; {@code actions} and {@code needs} should be shared, immutable values. */
    void access(EntityId from, EntityId to, AccessLevel level, Set<String> actions, List<GrantId> needs) {
        add(from, to, RelationKind.CAN_ACCESS, level, actions, needs, Confidence.PROVEN, "BENCH-ACCESS");
    }

    private void add(EntityId from, EntityId to, RelationKind kind, AccessLevel level, Set<String> actions,
            List<GrantId> needs, Confidence confidence, String rule) {
        RelationId id = RelationId.of("r-" + padded(relations++, 8));
        builder.relation(new Relation(id, from, to, kind, level, actions, needs, confidence, rule, List.of()));
    }

    int relations() {
        return relations;
    }

    IdentityGraph build() {
        return builder.build();
    }

    private static String name(String id) {
        return id.substring(id.lastIndexOf('/') + 1);
    }

    /** {@code n} in decimal, left-padded with zeros to {@code width} digits (ids sort in creation order). */
    static String padded(int n, int width) {
        String digits = Integer.toString(n);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
