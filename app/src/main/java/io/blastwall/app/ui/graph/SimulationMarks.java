package io.blastwall.app.ui.graph;

import io.blastwall.analysis.BlastRadius;
import io.blastwall.analysis.ReachedIdentity;
import io.blastwall.analysis.ReachedResource;
import io.blastwall.model.AccessLevel;
import io.blastwall.model.EntityId;
import io.blastwall.model.GrantId;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationKind;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How a simulated removal of grants marks the diagram of the radius before it: nodes no longer reached are
 * lost (groups may lose only some members), edges whose every relation needs a removed grant are cut, edges
 * to or from lost nodes are lost, and resources still reached with less access are weakened.
 *
 * @param lostNodes keys of nodes none of whose entities is reached any more
 * @param lostMembers for groups that lose some but not all members, how many they lose
 * @param cutEdges keys of edges the removal cuts
 * @param lostEdges keys of edges that lead to or from what is lost
 * @param weakened keys of resource nodes still reached, with the access that remains
 */
record SimulationMarks(
        Set<String> lostNodes,
        Map<String, Integer> lostMembers,
        Set<String> cutEdges,
        Set<String> lostEdges,
        Map<String, AccessLevel> weakened) {
    private static final SimulationMarks NONE = new SimulationMarks(Set.of(), Map.of(), Set.of(), Set.of(), Map.of());

    SimulationMarks {
        lostNodes = Set.copyOf(lostNodes);
        lostMembers = Map.copyOf(lostMembers);
        cutEdges = Set.copyOf(cutEdges);
        lostEdges = Set.copyOf(lostEdges);
        weakened = Map.copyOf(weakened);
    }

    static SimulationMarks none() {
        return NONE;
    }

    static SimulationMarks of(RadiusDiagram diagram, BlastRadius after, Set<GrantId> removed) {
        Set<EntityId> identities = new HashSet<>();
        identities.add(after.identity());
        for (ReachedIdentity r : after.identities()) {
            identities.add(r.identity());
        }
        Map<EntityId, AccessLevel> resources = new HashMap<>();
        for (ReachedResource r : after.resources()) {
            resources.put(r.resource(), r.access());
        }
        Set<String> lostNodes = new HashSet<>();
        Map<String, Integer> lostMembers = new HashMap<>();
        Map<String, AccessLevel> weakened = new HashMap<>();
        for (DiagramNode node : diagram.nodes()) {
            // a node drawn as an identity (no access level) is lost when it can no longer be acted as, even if
            // it is still reached as a resource; a resource node when it is no longer accessed at all
            boolean asIdentity = node.access() == AccessLevel.NONE;
            long lost = node.members().stream()
                    .filter(m -> asIdentity ? !identities.contains(m) : !resources.containsKey(m))
                    .count();
            if (lost == node.members().size() && !node.isRoot()) {
                lostNodes.add(node.key());
            } else if (lost > 0) {
                lostMembers.put(node.key(), (int) lost);
            } else if (!asIdentity && !node.group() && node.access().isStrongerThan(resources.get(node.entity()))) {
                weakened.put(node.key(), resources.get(node.entity()));
            }
        }
        Set<String> cutEdges = new HashSet<>();
        Set<String> lostEdges = new HashSet<>();
        for (DiagramEdge edge : diagram.edges()) {
            if (isCut(edge, removed)) {
                cutEdges.add(edge.key());
            } else if (lostNodes.contains(edge.fromKey()) || lostNodes.contains(edge.toKey())) {
                lostEdges.add(edge.key());
            }
        }
        return new SimulationMarks(lostNodes, lostMembers, cutEdges, lostEdges, weakened);
    }

    /**
     * Whether the removal cuts an edge: some of its relations need a removed grant, and no relation of the same
     * kind remains beside them (a parallel way to do the same thing keeps the edge).
     */
    static boolean isCut(DiagramEdge edge, Set<GrantId> removed) {
        Set<RelationKind> cut = EnumSet.noneOf(RelationKind.class);
        Set<RelationKind> kept = EnumSet.noneOf(RelationKind.class);
        for (Relation r : edge.relations()) {
            (needsAny(r, removed) ? cut : kept).add(r.kind());
        }
        return !cut.isEmpty() && cut.stream().noneMatch(kept::contains);
    }

    private static boolean needsAny(Relation relation, Set<GrantId> removed) {
        return relation.grants().stream().anyMatch(removed::contains);
    }

    boolean isActive() {
        return this != NONE;
    }

    boolean isLost(String nodeKey) {
        return lostNodes.contains(nodeKey);
    }

    boolean isCut(String edgeKey) {
        return cutEdges.contains(edgeKey);
    }

    boolean isLostEdge(String edgeKey) {
        return lostEdges.contains(edgeKey);
    }
}
