package io.blastwall.app.ui.graph;

import io.blastwall.analysis.AttackPath;
import io.blastwall.analysis.PathStep;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** The nodes and edges of one attack path, drawn emphasised while the rest fades. */
public record Highlight(Set<String> nodeKeys, Set<String> edgeKeys) {
    private static final Highlight NONE = new Highlight(Set.of(), Set.of());

    public Highlight {
        nodeKeys = Set.copyOf(nodeKeys);
        edgeKeys = Set.copyOf(edgeKeys);
    }

    public static Highlight none() {
        return NONE;
    }

    /** The part of {@code path} that the diagram shows. */
    public static Highlight of(AttackPath path, RadiusDiagram diagram) {
        Set<String> nodes = new LinkedHashSet<>();
        Set<String> edges = new LinkedHashSet<>();
        diagram.nodeOf(path.source()).ifPresent(n -> nodes.add(n.key()));
        for (PathStep step : path.steps()) {
            Optional<DiagramNode> from = diagram.nodeOf(step.relation().from());
            Optional<DiagramNode> to = diagram.nodeOf(step.relation().to());
            from.ifPresent(n -> nodes.add(n.key()));
            to.ifPresent(n -> nodes.add(n.key()));
            if (from.isPresent() && to.isPresent()) {
                edges.add(DiagramEdge.keyOf(from.get().key(), to.get().key()));
            }
        }
        return new Highlight(nodes, edges);
    }

    public boolean isActive() {
        return !nodeKeys.isEmpty();
    }
}
