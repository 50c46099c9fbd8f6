package io.blastwall.app.ui.paths;

import io.blastwall.analysis.AttackPath;
import io.blastwall.analysis.PathStep;
import io.blastwall.model.Confidence;
import io.blastwall.model.Entity;
import io.blastwall.model.IdentityGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One attack path as a table row.
 *
 * @param target the crown jewel's name
 * @param targetKind its kind
 * @param route every hop's entity name, joined by arrows
 */
public record PathRow(AttackPath path, String target, String targetKind, String route) {
    public PathRow {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(targetKind, "targetKind");
        Objects.requireNonNull(route, "route");
    }

    static PathRow of(AttackPath path, IdentityGraph graph) {
        List<String> names = new ArrayList<>();
        names.add(graph.require(path.source()).name());
        for (PathStep step : path.steps()) {
            names.add(graph.require(step.relation().to()).name());
        }
        Entity target = graph.require(path.target());
        return new PathRow(path, target.name(), target.kind().label(), String.join(" \u2192 ", names));
    }

    public int hops() {
        return path.hops();
    }

    public Confidence confidence() {
        return path.confidence();
    }
}
