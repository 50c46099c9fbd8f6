package io.blastwall.importer.aws;

import io.blastwall.model.AccessLevel;
import io.blastwall.model.Confidence;
import io.blastwall.model.EntityId;
import io.blastwall.model.Evidence;
import io.blastwall.model.GrantId;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationId;
import io.blastwall.model.RelationKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A relation before it has an id; edges with the same kind, ends, grants and confidence merge into one relation
 * (removing those grants cuts them all), whose rule lists every rule that produced it, joined by {@code +}.
 */
record Edge(
        RelationKind kind,
        EntityId from,
        EntityId to,
        AccessLevel access,
        Set<String> actions,
        List<GrantId> grants,
        Confidence confidence,
        String rule,
        List<String> conditions,
        List<Evidence> evidence) {

    Edge {
        actions = Set.copyOf(actions);
        grants = List.copyOf(new LinkedHashSet<>(grants));
        conditions = List.copyOf(new LinkedHashSet<>(conditions));
        evidence = List.copyOf(new LinkedHashSet<>(evidence));
    }

    /** An edge without statement evidence (structural relations whose grant carries the evidence). */
    Edge(RelationKind kind, EntityId from, EntityId to, AccessLevel access, Set<String> actions, List<GrantId> grants,
            Confidence confidence, String rule, List<String> conditions) {
        this(kind, from, to, access, actions, grants, confidence, rule, conditions, List.of());
    }

    static Edge of(RelationKind kind, String from, String to, List<GrantId> grants, Confidence confidence, String rule) {
        return new Edge(kind, EntityId.of(from), EntityId.of(to), AccessLevel.NONE, Set.of(), grants, confidence, rule, List.of());
    }

    Edge withActions(Set<String> newActions) {
        return new Edge(kind, from, to, access, newActions, grants, confidence, rule, conditions, evidence);
    }

    Edge withConditions(List<String> newConditions) {
        return new Edge(kind, from, to, access, actions, grants, confidence, rule, newConditions, evidence);
    }

    Edge withEvidence(List<Evidence> newEvidence) {
        return new Edge(kind, from, to, access, actions, grants, confidence, rule, conditions, newEvidence);
    }

    RelationId id() {
        return RelationId.of(Ids.relation(kind, from.value(), to.value(), grants, confidence));
    }

    Relation toRelation() {
        return toRelation(id());
    }

    /** The relation under an id already computed (hashing the grants again would be wasted). */
    Relation toRelation(RelationId id) {
        return new Relation(id, from, to, kind, access, actions, grants, confidence, rule, conditions, evidence);
    }

    Edge merge(Edge other) {
        Set<String> mergedActions = new LinkedHashSet<>(actions);
        mergedActions.addAll(other.actions);
        LinkedHashSet<String> mergedConditions = new LinkedHashSet<>(conditions);
        mergedConditions.addAll(other.conditions);
        Set<String> rules = new LinkedHashSet<>(List.of(rule.split("\\+")));
        rules.addAll(List.of(other.rule.split("\\+")));
        List<Evidence> mergedEvidence = new ArrayList<>(evidence);
        mergedEvidence.addAll(other.evidence);
        return new Edge(kind, from, to, AccessLevel.strongest(access, other.access), mergedActions, grants, confidence,
                String.join("+", rules), List.copyOf(mergedConditions), mergedEvidence);
    }
}
