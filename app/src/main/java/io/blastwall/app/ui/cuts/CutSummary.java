package io.blastwall.app.ui.cuts;

import io.blastwall.analysis.Cut;
import io.blastwall.analysis.CutCollateral;
import io.blastwall.app.ui.common.Formats;
import io.blastwall.model.EntityId;
import io.blastwall.model.IdentityGraph;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The sentences that explain a suggested cut. */
public final class CutSummary {
    private static final int MAX_NAMES = 5;

    private CutSummary() {}

    public static String of(Cut cut, IdentityGraph graph) {
        String name = nameOf(cut.source(), graph);
        if (cut.isEmpty()) {
            return "Nothing to cut: " + name + " reaches no crown jewel.";
        }
        return String.format(Locale.ROOT,
                "Remove %d grant%s (cost %s) to cut %s off from %d crown jewel%s: its radius shrinks from %d to %d.",
                cut.grants().size(), plural(cut.grants().size()), Formats.score(cut.cost()), name,
                cut.targets().size(), plural(cut.targets().size()), cut.radiusBefore(), cut.radiusAfter());
    }

    public static List<String> collateral(Cut cut, IdentityGraph graph) {
        return cut.collateral().stream().map(c -> describe(c, graph)).toList();
    }

    public static String nameOf(EntityId id, IdentityGraph graph) {
        return graph.entity(id).map(e -> e.name()).orElse(id.value());
    }

    private static String describe(CutCollateral collateral, IdentityGraph graph) {
        String lost = collateral.lost().stream().limit(MAX_NAMES).map(id -> nameOf(id, graph))
                .collect(Collectors.joining(", "));
        int more = collateral.lost().size() - MAX_NAMES;
        return nameOf(collateral.identity(), graph) + " would lose access to " + lost
                + (more > 0 ? " and " + more + " more" : "");
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }
}
