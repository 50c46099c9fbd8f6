package io.blastwall.app.ui.graph;

import io.blastwall.analysis.AttackPath;
import io.blastwall.analysis.BlastRadius;
import io.blastwall.analysis.ProgressListener;
import io.blastwall.model.IdentityGraph;
import java.util.List;

/**
 * Lays a blast radius out for the canvas. By hops (the default): the analysed identity in column 0,
 * everything {@code n} hops away in column {@code n}, left to right. Force-directed: placed by
 * {@link ForcePlacement}. Resources of one service and type, reached through the same identity at the same
 * distance, fold into a group node when there are more than {@link #GROUP_THRESHOLD}. Edges are the hops of
 * the shortest paths.
 */
public final class RadiusLayout {
    public static final int GROUP_THRESHOLD = 12;
    static final double NODE_WIDTH = 184;
    static final double NODE_HEIGHT = 48;
    static final double COLUMN_STEP = 250;
    static final double ROW_STEP = 62;

    private RadiusLayout() {}

    /** Lays out a radius of an identity of {@code graph} by hops, with similar resources folded. */
    public static RadiusDiagram layout(IdentityGraph graph, BlastRadius radius) {
        return layout(graph, radius, DiagramOptions.of(GraphLayout.HOP_DISTANCE), List.of(), ProgressListener.NONE);
    }

    /**
     * Lays out a radius with the user's options; the hops of {@code extraPaths} add edges without moving
     * anything (a simulation draws the radius where it was, with the routes that remain).
     */
    static RadiusDiagram layout(IdentityGraph graph, BlastRadius radius, DiagramOptions options,
            List<AttackPath> extraPaths, ProgressListener progress) {
        DiagramContent.Built content = DiagramContent.of(graph, radius, options, extraPaths);
        GraphLayout layout = options.drawnLayout();
        List<DiagramNode> placed = layout == GraphLayout.FORCE_DIRECTED
                ? ForcePlacement.place(content.nodes(), content.edgesToPlaceBy(), progress)
                : ColumnPlacement.place(content.nodes(), content.edgesToPlaceBy());
        return new RadiusDiagram(layout, placed, content.edges(), content.keyOfEntity());
    }
}
