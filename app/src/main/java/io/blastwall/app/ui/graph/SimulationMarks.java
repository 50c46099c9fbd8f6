package io.blastwall.app.ui.graph;

import io.blastwall.analysis.BlastRadius;
import io.blastwall.analysis.ReachedIdentity;
import io.blastwall.analysis.ReachedResource;
import io.blastwall.model.AccessLevel;
import io.blastwall.model.EntityId;
import io.blastwall.model.GrantId;
import io.blastwall.model.Relation;
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
        Map<EntityId, AccessLevel> reached = new HashMap<>();
        reached.put(after.identity(), AccessLevel.NONE);
        for (ReachedIdentity r : after.identities()) {
            reached.put(r.identity(), AccessLevel.NONE);
        }
        for (ReachedResource r : after.resources()) {
            reached.put(r.resource(), r.access());
        }
        Set<String> lostNodes = new HashSet<>();
        Map<String, Integer> lostMembers = new HashMap<>();
        Map<String, AccessLevel> weakened = new HashMap<>();
        for (DiagramNode node : diagram.nodes()) {
            long lost = node.members().stream().filter(m -> !reached.containsKey(m)).count();
            if (lost == node.members().size() && !node.isRoot()) {
                lostNodes.add(node.key());
            } else if (lost > 0) {
                lostMembers.put(node.key(), (int) lost);
            } else if (!node.group() && node.access().isStrongerThan(reached.get(node.entity()))
                    && reached.get(node.entity()) != AccessLevel.NONE) {
                weakened.put(node.key(), reached.get(node.entity()));
            }
        }
        Set<String> cutEdges = new HashSet<>();
        Set<String> lostEdges = new HashSet<>();
        for (DiagramEdge edge : diagram.edges()) {
            if (edge.relations().stream().allMatch(r -> needsAny(r, removed))) {
                cutEdges.add(edge.key());
            } else if (lostNodes.contains(edge.fromKey()) || lostNodes.contains(edge.toKey())) {
                lostEdges.add(edge.key());
            }
        }
        return new SimulationMarks(lostNodes, lostMembers, cutEdges, lostEdges, weakened);
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
