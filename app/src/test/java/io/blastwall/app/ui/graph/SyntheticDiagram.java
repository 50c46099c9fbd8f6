package io.blastwall.app.ui.graph;

import io.blastwall.model.AccessLevel;
import io.blastwall.model.Confidence;
import io.blastwall.model.EntityId;
import io.blastwall.model.EntityKind;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationId;
import io.blastwall.model.RelationKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A seeded synthetic radius diagram of a given size, laid out by hops like a real one: an identity, then four
 * hops of identities (a tenth) and resources of all kinds, each node hanging from one in the hop before, plus
 * extra edges between nearby nodes of neighbouring hops until the edge count is reached. The same size and
 * seed give the same diagram.
 */
final class SyntheticDiagram {
    private static final double[] HOP_SHARE = {0.05, 0.15, 0.30, 0.50};
    private static final EntityKind[] IDENTITY_KINDS = {EntityKind.ROLE, EntityKind.SERVICE_ACCOUNT,
        EntityKind.AI_AGENT, EntityKind.WORKLOAD, EntityKind.HUMAN, EntityKind.GROUP, EntityKind.CREDENTIAL};

    private SyntheticDiagram() {}

    static RadiusDiagram of(int nodeCount, int edgeCount, long seed) {
        if (nodeCount < 2 || edgeCount < nodeCount - 1) {
            throw new IllegalArgumentException("need at least 2 nodes and a tree's worth of edges");
        }
        Random random = new Random(seed);
        List<List<DiagramNode>> hops = new ArrayList<>();
        List<DiagramNode> nodes = new ArrayList<>();
        hops.add(List.of(node(0, 0, EntityKind.AI_AGENT, false)));
        nodes.add(hops.get(0).get(0));
        int next = 1;
        for (int hop = 1; hop <= HOP_SHARE.length; hop++) {
            int size = hop == HOP_SHARE.length ? nodeCount - next : (int) Math.max(1, nodeCount * HOP_SHARE[hop - 1]);
            List<DiagramNode> column = new ArrayList<>(size);
            for (int k = 0; k < size; k++) {
                boolean identity = random.nextDouble() < (hop < 3 ? 0.5 : 0.05);
                EntityKind kind = identity ? IDENTITY_KINDS[random.nextInt(IDENTITY_KINDS.length)] : EntityKind.RESOURCE;
                column.add(node(next++, hop, kind, !identity && random.nextDouble() < 0.01));
            }
            hops.add(column);
            nodes.addAll(column);
        }
        List<DiagramEdge> edges = new ArrayList<>(edgeCount);
        Set<String> seen = new HashSet<>();
        List<List<DiagramNode>> actors = new ArrayList<>();
        for (List<DiagramNode> column : hops) {
            List<DiagramNode> identities = column.stream().filter(n -> n.kind().isIdentity()).toList();
            actors.add(identities.isEmpty() ? hops.get(0) : identities);
        }
        for (int hop = 1; hop < hops.size(); hop++) {
            List<DiagramNode> parents = actors.get(hop - 1);
            List<DiagramNode> column = hops.get(hop);
            for (int k = 0; k < column.size(); k++) {
                DiagramNode parent = parents.get((int) ((long) k * parents.size() / column.size()));
                add(edges, seen, parent, column.get(k), random);
            }
        }
        long attempts = 0;
        while (edges.size() < edgeCount) {
            if (++attempts > 100L * edgeCount) {
                throw new IllegalArgumentException("cannot place " + edgeCount + " distinct edges on " + nodeCount
                        + " nodes");
            }
            int hop = 1 + random.nextInt(hops.size() - 1);
            List<DiagramNode> parents = actors.get(hop - 1);
            List<DiagramNode> column = hops.get(hop);
            int k = random.nextInt(column.size());
            int near = (int) ((long) k * parents.size() / column.size()) + random.nextInt(21) - 10;
            add(edges, seen, parents.get(Math.floorMod(near, parents.size())), column.get(k), random);
        }
        List<DiagramNode> placed = ColumnPlacement.place(nodes, edges);
        Map<EntityId, String> keys = new HashMap<>();
        placed.forEach(n -> keys.put(n.entity(), n.key()));
        return new RadiusDiagram(GraphLayout.HOP_DISTANCE, placed, edges, keys);
    }

    private static DiagramNode node(int index, int hop, EntityKind kind, boolean jewel) {
        String key = "synthetic:" + index;
        return new DiagramNode(key, kind.label().toLowerCase(java.util.Locale.ROOT) + "-" + index,
                kind.isIdentity() ? kind.label() : "read \u00b7 Synthetic::Thing", kind, List.of(EntityId.of(key)),
                kind.isIdentity() ? AccessLevel.NONE : AccessLevel.READ, jewel, false, hop, "", 0, 0, 0,
                RadiusLayout.NODE_WIDTH, RadiusLayout.NODE_HEIGHT);
    }

    private static void add(List<DiagramEdge> edges, Set<String> seen, DiagramNode from, DiagramNode to, Random r) {
        if (!seen.add(DiagramEdge.keyOf(from.key(), to.key()))) {
            return;
        }
        boolean identity = to.kind().isIdentity();
        Relation relation = new Relation(RelationId.of("r" + edges.size()), from.entity(), to.entity(),
                identity ? RelationKind.CAN_ASSUME : RelationKind.CAN_ACCESS,
                identity ? AccessLevel.NONE : AccessLevel.READ, Set.of(), List.of(),
                r.nextDouble() < 0.1 ? Confidence.CONDITIONAL : Confidence.PROVEN, "SYNTHETIC", List.of());
        edges.add(new DiagramEdge(from.key(), to.key(), List.of(relation)));
    }
}
