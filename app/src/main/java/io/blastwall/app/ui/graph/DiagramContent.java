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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a radius diagram shows, before anything is placed: one node per reached entity, similar resources
 * folded into groups, whatever lies behind a collapsed node left out, and one edge per pair of nodes that a
 * hop of a shortest path joins.
 */
final class DiagramContent {
    private final IdentityGraph graph;
    private final BlastRadius radius;
    private final DiagramOptions options;
    private final Set<EntityId> crownJewels;
    private final List<DiagramNode> nodes = new ArrayList<>();
    private final Map<EntityId, String> keyOfEntity = new LinkedHashMap<>();
    private final Map<EntityId, String> hiddenBy = new HashMap<>();

    private DiagramContent(IdentityGraph graph, BlastRadius radius, DiagramOptions options) {
        this.graph = graph;
        this.radius = radius;
        this.options = options;
        this.crownJewels = new HashSet<>(radius.crownJewels());
    }

    /**
     * The nodes (not yet placed), the edges, and which node shows which entity. The first {@code placedEdges}
     * edges come from the radius itself; placing by those alone keeps a simulation where the radius was.
     */
    record Built(List<DiagramNode> nodes, List<DiagramEdge> edges, int placedEdges, Map<EntityId, String> keyOfEntity) {
        List<DiagramEdge> edgesToPlaceBy() {
            return edges.subList(0, placedEdges);
        }
    }

    /**
     * The content of {@code radius}; the hops of {@code extraPaths} (the routes that remain in a simulation)
     * add edges between the nodes shown.
     */
    static Built of(IdentityGraph graph, BlastRadius radius, DiagramOptions options, List<AttackPath> extraPaths) {
        return new DiagramContent(graph, radius, options).build(extraPaths);
    }

    private Built build(List<AttackPath> extraPaths) {
        findHidden();
        Entity root = graph.require(radius.identity());
        add(entityNode(root, 0, AccessLevel.NONE, root.kind().label(), ""));
        for (ReachedIdentity reached : radius.identities()) {
            Entity e = graph.require(reached.identity());
            if (!hiddenBy.containsKey(e.id())) {
                add(entityNode(e, Math.max(1, reached.hops()), AccessLevel.NONE, e.kind().label(), ""));
            }
        }
        addResources();
        countHidden();
        Map<String, Map<RelationId, Relation>> byEnds = new LinkedHashMap<>();
        Map<String, String[]> ends = new HashMap<>();
        collect(paths(), byEnds, ends);
        int placed = byEnds.size();
        collect(extraPaths, byEnds, ends);
        List<DiagramEdge> edges = new ArrayList<>(byEnds.size());
        byEnds.forEach((key, relations) ->
                edges.add(new DiagramEdge(ends.get(key)[0], ends.get(key)[1], List.copyOf(relations.values()))));
        return new Built(nodes, edges, placed, keyOfEntity);
    }

    /** Everything whose shortest path passes a collapsed node, or an entity hidden already. */
    private void findHidden() {
        if (options.collapsedNodes().isEmpty()) {
            return;
        }
        for (AttackPath path : paths()) {
            if (hiddenBy.containsKey(path.target())) {
                continue;
            }
            for (PathStep step : path.steps()) {
                EntityId via = step.relation().from();
                String cause = options.collapsedNodes().contains(via.value()) ? via.value() : hiddenBy.get(via);
                if (cause != null) {
                    hiddenBy.put(path.target(), cause);
                    break;
                }
            }
        }
    }

    private void countHidden() {
        if (hiddenBy.isEmpty()) {
            return;
        }
        Map<String, Integer> counts = new HashMap<>();
        hiddenBy.values().forEach(key -> counts.merge(key, 1, Integer::sum));
        nodes.replaceAll(n -> n.hiding(counts.getOrDefault(n.key(), 0)));
    }

    private void addResources() {
        Map<String, List<ReachedResource>> byFold = new TreeMap<>();
        Map<String, Integer> columnOfFold = new HashMap<>();
        for (ReachedResource r : radius.resources()) {
            if (hiddenBy.containsKey(r.resource())) {
                continue;
            }
            int column = Math.max(1, r.hops());
            String fold = foldKey(r, column);
            byFold.computeIfAbsent(fold, s -> new ArrayList<>()).add(r);
            columnOfFold.put(fold, column);
        }
        byFold.forEach((fold, reached) -> {
            int column = columnOfFold.get(fold);
            if (reached.size() <= RadiusLayout.GROUP_THRESHOLD) {
                reached.forEach(r -> add(resourceNode(r, column, "")));
            } else if (options.expandedGroups().contains(fold)) {
                reached.forEach(r -> add(resourceNode(r, column, fold)));
            } else {
                add(groupNode(fold, column, reached));
            }
        });
    }

    /** Resources fold together when they share service, type, distance and the identity that reaches them. */
    private String foldKey(ReachedResource r, int column) {
        Entity e = graph.require(r.resource());
        List<PathStep> steps = r.path().steps();
        String via = steps.isEmpty() ? radius.identity().value() : steps.get(steps.size() - 1).relation().from().value();
        return "group:" + column + ":" + ServiceKey.of(e) + ":" + e.nativeType() + ":" + via;
    }

    private DiagramNode resourceNode(ReachedResource reached, int column, String fold) {
        Entity e = graph.require(reached.resource());
        return entityNode(e, column, reached.access(), reached.access().label() + " \u00b7 " + shortType(e), fold);
    }

    /** The provider's type without the provider: {@code AWS::S3::Bucket} becomes {@code S3::Bucket}. */
    static String shortType(Entity e) {
        String type = e.nativeType();
        if (type.isBlank()) {
            return e.kind().label();
        }
        int separator = type.indexOf("::");
        return separator > 0 && type.indexOf("::", separator + 2) > 0 ? type.substring(separator + 2) : type;
    }

    private DiagramNode entityNode(Entity e, int column, AccessLevel access, String detail, String fold) {
        boolean jewel = e.isCrownJewel() || crownJewels.contains(e.id());
        return new DiagramNode(e.id().value(), e.name(), detail, e.kind(), List.of(e.id()), access, jewel, false,
                column, fold, 0, 0, 0, RadiusLayout.NODE_WIDTH, RadiusLayout.NODE_HEIGHT);
    }

    private DiagramNode groupNode(String fold, int column, List<ReachedResource> reached) {
        AccessLevel strongest = AccessLevel.NONE;
        boolean jewel = false;
        List<EntityId> members = new ArrayList<>();
        for (ReachedResource r : reached) {
            strongest = AccessLevel.strongest(strongest, r.access());
            jewel |= crownJewels.contains(r.resource()) || graph.require(r.resource()).isCrownJewel();
            members.add(r.resource());
        }
        Entity first = graph.require(reached.get(0).resource());
        String label = ServiceKey.of(first) + " \u00d7" + reached.size();
        String detail = "up to " + strongest.label() + " \u00b7 " + shortType(first);
        return new DiagramNode(fold, label, detail, EntityKind.RESOURCE, members, strongest, jewel, true, column, fold,
                0, 0, 0, RadiusLayout.NODE_WIDTH, RadiusLayout.NODE_HEIGHT);
    }

    private void add(DiagramNode node) {
        if (node.members().stream().anyMatch(keyOfEntity::containsKey)) {
            return;
        }
        nodes.add(node);
        node.members().forEach(m -> keyOfEntity.put(m, node.key()));
    }

    private void collect(
            List<AttackPath> paths, Map<String, Map<RelationId, Relation>> byEnds, Map<String, String[]> ends) {
        for (AttackPath path : paths) {
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
    }

    private List<AttackPath> paths() {
        List<AttackPath> paths = new ArrayList<>(radius.size());
        radius.identities().forEach(r -> paths.add(r.path()));
        radius.resources().forEach(r -> paths.add(r.path()));
        return paths;
    }
}
