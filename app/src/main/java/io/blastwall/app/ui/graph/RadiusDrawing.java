package io.blastwall.app.ui.graph;

import io.blastwall.analysis.AttackPath;
import io.blastwall.analysis.BlastRadius;
import io.blastwall.analysis.ProgressListener;
import io.blastwall.analysis.ReachedIdentity;
import io.blastwall.analysis.ReachedResource;
import java.util.ArrayList;
import java.util.List;

/**
 * A radius laid out and ready to show, computed in the background: the diagram, the marks of a simulation and
 * the table's rows, with what they were computed from.
 */
record RadiusDrawing(Shown shown, DiagramOptions options, RadiusDiagram diagram, SimulationMarks marks,
        List<RadiusRow> rows) {
    RadiusDrawing {
        rows = List.copyOf(rows);
    }

    /** Lays out what is shown; a simulation keeps the radius before and adds the routes that remain. */
    static RadiusDrawing of(Shown what, DiagramOptions with, ProgressListener progress) {
        List<AttackPath> remaining = what.after().map(RadiusDrawing::paths).orElse(List.of());
        RadiusDiagram laid = RadiusLayout.layout(what.snapshot().graph(), what.radius(), with, remaining, progress);
        SimulationMarks marked = what.after()
                .map(a -> SimulationMarks.of(laid, a, what.removed()))
                .orElse(SimulationMarks.none());
        List<RadiusRow> table = RadiusRows.of(what.snapshot().graph(), what.radius(), what.after());
        return new RadiusDrawing(what, with, laid, marked, table);
    }

    private static List<AttackPath> paths(BlastRadius radius) {
        List<AttackPath> paths = new ArrayList<>(radius.size());
        for (ReachedIdentity r : radius.identities()) {
            paths.add(r.path());
        }
        for (ReachedResource r : radius.resources()) {
            paths.add(r.path());
        }
        return paths;
    }
}
