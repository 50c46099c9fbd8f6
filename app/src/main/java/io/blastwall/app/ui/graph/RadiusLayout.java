package io.blastwall.app.ui.graph;

import io.blastwall.analysis.AttackPath;
import io.blastwall.analysis.BlastRadius;
import io.blastwall.analysis.PathStep;
import io.blastwall.analysis.ReachedIdentity;
import io.blastwall.analysis.ReachedResource;
import io.blastwall.model.AccessLevel;
import io.blastwall.model.Entity;
import io.blastwall.model.EntityId;
import io.blastwall.model.EntityKind;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Lays a blast radius out left to right by hop distance: the analysed identity in column 0, everything
 * {@code n} hops away in column {@code n}. Resources of one service in one column fold into a group node
 * when there are more than {@link #GROUP_THRESHOLD}. Edges are the hops of the shortest paths.
 */
public final class RadiusLayout {
    public static final int GROUP_THRESHOLD = 12;
    static final double NODE_WIDTH = 184;
    static final double NODE_HEIGHT = 48;
    static final double COLUMN_STEP = 250;
    static final double ROW_STEP = 62;

    private final IdentityGraph graph;
    private final BlastRadius radius;
    private final Set<EntityId> crownJewels;
    private final List<DiagramNode> nodes = new ArrayList<>();
    private final Map<EntityId, String> keyOfEntity = new LinkedHashMap<>();

    private RadiusLayout(IdentityGraph graph, BlastRadius radius) {
        this.graph = graph;
        this.radius = radius;
        this.crownJewels = new HashSet<>(radius.crownJewels());
    }

    /** Lays out a radius of an identity of {@code graph}. */
    public static RadiusDiagram layout(IdentityGraph graph, BlastRadius radius) {
        return new RadiusLayout(graph, radius).build();
    }

    private RadiusDiagram build() {
        Entity root = graph.require(radius.identity());
        add(entityNode(root, 0, AccessLevel.NONE, root.kind().label()));
        for (ReachedIdentity reached : radius.identities()) {
            Entity e = graph.require(reached.identity());
            add(entityNode(e, Math.max(1, reached.hops()), AccessLevel.NONE, e.kind().label()));
        }
        addResources();
        List<DiagramEdge> edges = edges();
        List<DiagramNode> placed = ColumnPlacement.place(nodes, edges);
        return new RadiusDiagram(placed, edges, keyOfEntity);
    }

    private void addResources() {
        Map<Integer, Map<String, List<ReachedResource>>> byColumn = new TreeMap<>();
        for (ReachedResource r : radius.resources()) {
            String service = ServiceKey.of(graph.require(r.resource()));
            byColumn.computeIfAbsent(Math.max(1, r.hops()), c -> new TreeMap<>())
                    .computeIfAbsent(service, s -> new ArrayList<>())
                    .add(r);
        }
        byColumn.forEach((column, services) -> services.forEach((service, reached) -> {
            if (reached.size() > GROUP_THRESHOLD) {
                add(groupNode(service, column, reached));
            } else {
                reached.forEach(r -> add(resourceNode(r, column)));
            }
        }));
    }

    private DiagramNode resourceNode(ReachedResource reached, int column) {
        Entity e = graph.require(reached.resource());
        String type = shortType(e);
        return entityNode(e, column, reached.access(), reached.access().label() + " \u00b7 " + type);
    }

    /** The provider's type without the provider: {@code AWS::S3::Bucket} becomes {@code S3::Bucket}. */
    private static String shortType(Entity e) {
        String type = e.nativeType();
        if (type.isBlank()) {
            return e.kind().label();
        }
        int separator = type.indexOf("::");
        return separator > 0 && type.indexOf("::", separator + 2) > 0 ? type.substring(separator + 2) : type;
    }

    private DiagramNode entityNode(Entity e, int column, AccessLevel access, String detail) {
        boolean jewel = e.isCrownJewel() || crownJewels.contains(e.id());
        return new DiagramNode(e.id().value(), e.name(), detail, e.kind(), List.of(e.id()), access, jewel, false,
                column, 0, 0, NODE_WIDTH, NODE_HEIGHT);
    }

    private DiagramNode groupNode(String service, int column, List<ReachedResource> reached) {
        AccessLevel strongest = AccessLevel.NONE;
        boolean jewel = false;
        List<EntityId> members = new ArrayList<>();
        for (ReachedResource r : reached) {
            strongest = AccessLevel.strongest(strongest, r.access());
            jewel |= crownJewels.contains(r.resource()) || graph.require(r.resource()).isCrownJewel();
            members.add(r.resource());
        }
        String label = service + " \u00d7" + reached.size();
        return new DiagramNode("group:" + column + ":" + service, label, "up to " + strongest.label(),
                EntityKind.RESOURCE, members, strongest, jewel, true, column, 0, 0, NODE_WIDTH, NODE_HEIGHT);
    }

    private void add(DiagramNode node) {
        if (node.members().stream().anyMatch(keyOfEntity::containsKey)) {
            return;
        }
        nodes.add(node);
        node.members().forEach(m -> keyOfEntity.put(m, node.key()));
    }

    private List<DiagramEdge> edges() {
        Map<String, Map<RelationId, Relation>> byEnds = new LinkedHashMap<>();
        Map<String, String[]> ends = new LinkedHashMap<>();
        for (AttackPath path : paths()) {
            for (PathStep step : path.steps()) {
                Relation r = step.relation();
                String from = keyOfEntity.get(r.from());
                String to = keyOfEntity.get(r.to());
                if (from == null || to == null || from.equals(to)) {
                    continue;
                }
                String key = DiagramEdge.keyOf(from, to);
                ends.putIfAbsent(key, new String[] {from, to});
                byEnds.computeIfAbsent(key, k -> new LinkedHashMap<>()).putIfAbsent(r.id(), r);
            }
        }
        List<DiagramEdge> edges = new ArrayList<>();
        byEnds.forEach((key, relations) ->
                edges.add(new DiagramEdge(ends.get(key)[0], ends.get(key)[1], List.copyOf(relations.values()))));
        return edges;
    }

    private List<AttackPath> paths() {
        List<AttackPath> paths = new ArrayList<>();
        radius.identities().forEach(r -> paths.add(r.path()));
        radius.resources().forEach(r -> paths.add(r.path()));
        return paths;
    }
}
