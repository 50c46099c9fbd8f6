package io.blastwall.importer.kubernetes;

import io.blastwall.model.AccessLevel;
import io.blastwall.model.Confidence;
import io.blastwall.model.EntityId;
import io.blastwall.model.Evidence;
import io.blastwall.model.GrantId;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationId;
import io.blastwall.model.RelationKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A Kubernetes relation before it has an id. Edges with the same kind, ends, grants and confidence merge (their
 * rules joined by {@code +}), like the AWS importer's; ids are {@code <kind>:<from>-><to>#<hash of grants>} with
 * {@code ~c}/{@code ~h} for conditional and heuristic edges.
 */
record KubeEdge(RelationKind kind, String from, String to, AccessLevel access, Set<String> actions, List<GrantId> grants,
        Confidence confidence, String rule, List<String> conditions, List<Evidence> evidence) {

    KubeEdge {
        actions = Set.copyOf(actions);
        grants = List.copyOf(new LinkedHashSet<>(grants));
        conditions = List.copyOf(new LinkedHashSet<>(conditions));
        evidence = List.copyOf(new LinkedHashSet<>(evidence));
    }

    KubeEdge(RelationKind kind, String from, String to, AccessLevel access, Set<String> actions, List<GrantId> grants,
            Confidence confidence, String rule, List<String> conditions) {
        this(kind, from, to, access, actions, grants, confidence, rule, conditions, List.of());
    }

    /** The same edge with statement-level evidence (policy statements of the AWS side). */
    KubeEdge withEvidence(List<Evidence> newEvidence) {
        return new KubeEdge(kind, from, to, access, actions, grants, confidence, rule, conditions, newEvidence);
    }

    static KubeEdge of(RelationKind kind, String from, String to, List<GrantId> grants, Confidence confidence, String rule) {
        return new KubeEdge(kind, from, to, AccessLevel.NONE, Set.of(), grants, confidence, rule, List.of());
    }

    KubeEdge withActions(Set<String> newActions) {
        return new KubeEdge(kind, from, to, access, newActions, grants, confidence, rule, conditions, evidence);
    }

    KubeEdge withConditions(List<String> newConditions) {
        return new KubeEdge(kind, from, to, access, actions, grants, confidence, rule, newConditions, evidence);
    }

    String id() {
        String suffix = switch (confidence) {
            case PROVEN -> "";
            case CONDITIONAL -> "~c";
            case HEURISTIC -> "~h";
        };
        return kind.name().toLowerCase(Locale.ROOT) + ":" + from + "->" + to + "#" + hash(grants) + suffix;
    }

    Relation toRelation() {
        return new Relation(RelationId.of(id()), EntityId.of(from), EntityId.of(to), kind, access, actions, grants,
                confidence, rule, conditions, evidence);
    }

    KubeEdge merge(KubeEdge other) {
        Set<String> mergedActions = new LinkedHashSet<>(actions);
        mergedActions.addAll(other.actions);
        Set<String> mergedConditions = new LinkedHashSet<>(conditions);
        mergedConditions.addAll(other.conditions);
        Set<String> rules = new LinkedHashSet<>(List.of(rule.split("\\+")));
        rules.addAll(List.of(other.rule.split("\\+")));
        List<Evidence> mergedEvidence = new ArrayList<>(evidence);
        mergedEvidence.addAll(other.evidence);
        return new KubeEdge(kind, from, to, AccessLevel.strongest(access, other.access), mergedActions, grants, confidence,
                String.join("+", rules), List.copyOf(mergedConditions), mergedEvidence);
    }

    static String hash(List<GrantId> grants) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            grants.stream().map(GrantId::value).sorted().forEach(g -> {
                digest.update(g.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
