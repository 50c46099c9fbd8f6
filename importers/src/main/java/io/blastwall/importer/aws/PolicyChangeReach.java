package io.blastwall.importer.aws;

import io.blastwall.model.AccessLevel;
import io.blastwall.model.Confidence;
import io.blastwall.model.EntityId;
import io.blastwall.model.Evidence;
import io.blastwall.model.GrantId;
import io.blastwall.model.RelationKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "A ⇒ PERMS(X)" is an escalation only where A also reaches X (catalogue §0; pathfinding.cloud iam-014 to iam-021):
 * A attaches AdministratorAccess to X, or puts such a policy, and then acts as X. A {@code CAN_CHANGE_POLICIES}
 * relation alone is not followed by the analysis; this class finds, for each principal holding one, the shortest way
 * over the traversable relations made so far to the target and, where there is one, relates the principal to its
 * account by {@code ADMIN_OF} with the grants, conditions and evidence of the policy change and of every hop on the
 * way (removing any one of them cuts it). Searches do not pass through account roots (an administrator on the way
 * already makes the principal reach everything) and each principal is searched once.
 */
final class PolicyChangeReach {
    private final GraphDraft draft;

    PolicyChangeReach(GraphDraft draft) {
        this.draft = draft;
    }

    /** Adds the ADMIN_OF relations; returns the principals that got one, each with its strongest confidence. */
    Map<String, Confidence> addAll() {
        Map<EntityId, List<Edge>> out = new HashMap<>();
        Map<EntityId, List<Edge>> changes = new LinkedHashMap<>();
        for (Edge e : draft.edges()) {
            if (e.kind() == RelationKind.CAN_CHANGE_POLICIES) {
                changes.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e);
            } else if (e.kind().traversable() && e.kind() != RelationKind.ADMIN_OF && e.kind() != RelationKind.CONTROLS) {
                out.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e);
            }
        }
        Map<String, Confidence> admins = new LinkedHashMap<>();
        List<Edge> made = new ArrayList<>();
        changes.forEach((from, edges) -> {
            Map<EntityId, Edge> parent = search(from, out);
            for (Edge change : edges) {
                if (parent.containsKey(change.to())) {
                    Edge admin = admin(change, hops(from, change.to(), parent));
                    made.add(admin);
                    admins.merge(from.value(), admin.confidence(), PolicyChangeReach::strongest);
                }
            }
        });
        made.forEach(draft::relate);
        return admins;
    }

    private static Confidence strongest(Confidence a, Confidence b) {
        return a.weakest(b) == a ? b : a;
    }

    /** Breadth-first parents of everything the principal reaches (the edge it was first reached by). */
    private static Map<EntityId, Edge> search(EntityId from, Map<EntityId, List<Edge>> out) {
        Map<EntityId, Edge> parent = new HashMap<>();
        ArrayDeque<EntityId> queue = new ArrayDeque<>(List.of(from));
        while (!queue.isEmpty()) {
            for (Edge e : out.getOrDefault(queue.poll(), List.of())) {
                if (!e.to().equals(from) && parent.putIfAbsent(e.to(), e) == null) {
                    queue.add(e.to());
                }
            }
        }
        return parent;
    }

    private static List<Edge> hops(EntityId from, EntityId to, Map<EntityId, Edge> parent) {
        List<Edge> path = new ArrayList<>();
        for (EntityId at = to; !at.equals(from); at = parent.get(at).from()) {
            path.add(0, parent.get(at));
        }
        return path;
    }

    private Edge admin(Edge change, List<Edge> hops) {
        List<GrantId> grants = new ArrayList<>(change.grants());
        Set<String> actions = new LinkedHashSet<>(change.actions());
        List<String> conditions = new ArrayList<>(change.conditions());
        List<Evidence> evidence = new ArrayList<>(change.evidence());
        Confidence confidence = change.confidence();
        for (Edge hop : hops) {
            grants.addAll(hop.grants());
            actions.addAll(hop.actions());
            conditions.addAll(hop.conditions());
            evidence.addAll(hop.evidence());
            confidence = confidence.weakest(hop.confidence());
        }
        String account = Arn.accountRoot(Arn.partitionOf(change.from().value()), Arn.accountOf(change.from().value()));
        return new Edge(RelationKind.ADMIN_OF, change.from(), EntityId.of(account), AccessLevel.NONE, actions, grants,
                confidence, change.rule(), conditions, evidence);
    }
}
