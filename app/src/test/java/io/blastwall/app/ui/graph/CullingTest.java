package io.blastwall.app.ui.graph;

import static io.blastwall.app.ui.SmallEnvironment.AGENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.analysis.Analysis;
import io.blastwall.app.ui.SmallEnvironment;
import io.blastwall.model.IdentityGraph;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The diagram's grid returns exactly what a viewport shows, and hit-tests through it. */
class CullingTest {
    private final IdentityGraph wide = SmallEnvironment.withManyServices(400);
    private final RadiusDiagram diagram = RadiusLayout.layout(wide, new Analysis(wide).radii().radius(AGENT));

    @Test
    void returnsOnlyTheNodesInsideTheViewport() {
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            double x = diagram.minX() + random.nextDouble() * (diagram.maxX() - diagram.minX());
            double y = diagram.minY() + random.nextDouble() * (diagram.maxY() - diagram.minY());
            double w = 50 + random.nextDouble() * 1500;
            double h = 50 + random.nextDouble() * 900;

            Set<DiagramNode> visible = Set.copyOf(diagram.visibleNodes(x, y, x + w, y + h));

            Set<DiagramNode> expected = diagram.nodes().stream()
                    .filter(n -> n.right() >= x && n.x() <= x + w && n.bottom() >= y && n.y() <= y + h)
                    .collect(Collectors.toSet());
            assertEquals(expected, visible);
        }
    }

    @Test
    void returnsTheEdgesThatMayCrossTheViewportAndNoOthers() {
        DiagramNode someNode = diagram.nodes().get(diagram.nodes().size() / 2);
        double x = someNode.x() - 10;
        double y = someNode.y() - 10;

        List<DiagramEdge> visible = diagram.visibleEdges(x, y, x + 300, y + 100);

        Set<String> expected = diagram.edges().stream().filter(e -> {
            EdgeCurve c = diagram.curve(e);
            return c.maxX() >= x && c.minX() <= x + 300 && c.maxY() >= y && c.minY() <= y + 100;
        }).map(DiagramEdge::key).collect(Collectors.toSet());
        assertEquals(expected, visible.stream().map(DiagramEdge::key).collect(Collectors.toSet()));
        assertTrue(visible.size() < diagram.edges().size());
        assertTrue(visible.stream().anyMatch(e -> e.toKey().equals(someNode.key())));
    }

    @Test
    void findsLongEdgesKeptOutsideTheCellsLikeTheOthers() {
        RadiusDiagram crowded = SyntheticDiagram.of(2_000, 6_000, 3);
        Random random = new Random(11);
        for (int i = 0; i < 100; i++) {
            double x = crowded.minX() + random.nextDouble() * (crowded.maxX() - crowded.minX());
            double y = crowded.minY() + random.nextDouble() * (crowded.maxY() - crowded.minY());
            double size = 20 + random.nextDouble() * 3000;

            Set<String> visible = crowded.visibleEdges(x, y, x + size, y + size).stream().map(DiagramEdge::key)
                    .collect(Collectors.toSet());

            Set<String> expected = crowded.edges().stream().filter(e -> {
                EdgeCurve c = crowded.curve(e);
                return c.maxX() >= x && c.minX() <= x + size && c.maxY() >= y && c.minY() <= y + size;
            }).map(DiagramEdge::key).collect(Collectors.toSet());
            assertEquals(expected, visible);
        }
        assertEquals(6_000, crowded.visibleEdges(crowded.minX() - 1, crowded.minY() - 1, crowded.maxX() + 1,
                crowded.maxY() + 1).size());
    }

    @Test
    void returnsNothingFarAway() {
        double far = diagram.maxX() + 10_000;

        assertEquals(List.of(), diagram.visibleNodes(far, 0, far + 100, 100));
        assertEquals(List.of(), diagram.visibleEdges(far, 0, far + 100, 100));
    }

    @Test
    void hitTestsTheNodeUnderAPointAmongMany() {
        for (DiagramNode n : diagram.nodes()) {
            assertEquals(n, diagram.nodeAt(n.centerX(), n.centerY()).orElseThrow());
        }
    }

    @Test
    void choosesLessDetailWhenZoomedOutOrCrowded() {
        assertEquals(DetailLevel.FULL, DetailLevel.of(1, 100));
        assertEquals(DetailLevel.LABELS, DetailLevel.of(0.3, 100));
        assertEquals(DetailLevel.LABELS, DetailLevel.of(1, 1000));
        assertEquals(DetailLevel.DOTS, DetailLevel.of(0.1, 100));
        assertEquals(DetailLevel.DOTS, DetailLevel.of(1, 10_000));
    }
}
