package io.blastwall.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A directed fact between two entities. A relation needs <em>all</em> of its grants; alternative ways to
 * get the same access are separate (parallel) relations with their own ids.
 *
 * @param id stable id
 * @param from the acting entity
 * @param to the entity acted upon
 * @param kind what the relation means
 * @param access the access level for {@link RelationKind#CAN_ACCESS}, {@link AccessLevel#NONE} otherwise
 * @param actions the actions that make up the relation (for example {@code sts:AssumeRole})
 * @param grants the grants that all must stay for the relation to hold
 * @param confidence how sure the relation is
 * @param rule the rule that produced it, for example {@code AWS-STS-01}
 * @param conditions conditions that could not be evaluated offline, in policy syntax
 * @param evidence the statements behind the relation: those that allowed it, then the Deny statements and
 *     permissions boundaries that were checked and did not stop it (their location starts with {@code checked:})
 */
public record Relation(
        RelationId id,
        EntityId from,
        EntityId to,
        RelationKind kind,
        AccessLevel access,
        Set<String> actions,
        List<GrantId> grants,
        Confidence confidence,
        String rule,
        List<String> conditions,
        List<Evidence> evidence) {

    /** Prefix of the {@link Evidence#location()} of a Deny or boundary that was checked, not an allowing statement. */
    public static final String CHECKED = "checked: ";

    public Relation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(rule, "rule");
        actions = Set.copyOf(actions);
        grants = List.copyOf(grants);
        conditions = List.copyOf(conditions);
        evidence = List.copyOf(evidence);
        if (kind == RelationKind.CAN_ACCESS && access == AccessLevel.NONE) {
            throw new IllegalArgumentException("access relation " + id + " needs an access level");
        }
    }

    /** A relation without statement-level evidence. */
    public Relation(RelationId id, EntityId from, EntityId to, RelationKind kind, AccessLevel access, Set<String> actions,
            List<GrantId> grants, Confidence confidence, String rule, List<String> conditions) {
        this(id, from, to, kind, access, actions, grants, confidence, rule, conditions, List.of());
    }

    public boolean isTraversable() {
        return kind.traversable();
    }
}
