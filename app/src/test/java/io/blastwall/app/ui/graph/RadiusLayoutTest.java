package io.blastwall.app.ui.graph;

import static io.blastwall.app.ui.SmallEnvironment.ADMIN;
import static io.blastwall.app.ui.SmallEnvironment.AGENT;
import static io.blastwall.app.ui.SmallEnvironment.CUSTOMER_DB;
import static io.blastwall.app.ui.SmallEnvironment.DEPLOY;
import static io.blastwall.app.ui.SmallEnvironment.LOGS;
import static io.blastwall.app.ui.SmallEnvironment.PAYMENTS_SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.analysis.Analysis;
import io.blastwall.analysis.BlastRadius;
import io.blastwall.app.LoadedSnapshot;
import io.blastwall.app.ui.SmallEnvironment;
import io.blastwall.model.AccessLevel;
import io.blastwall.model.Confidence;
import io.blastwall.model.EntityId;
import io.blastwall.model.IdentityGraph;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RadiusLayoutTest {
    private final LoadedSnapshot loaded = SmallEnvironment.loaded();
    private final BlastRadius radius = loaded.analysis().radii().radius(AGENT);
    private final RadiusDiagram diagram = RadiusLayout.layout(loaded.graph(), radius);

    @Test
    void placesEntitiesInOneColumnPerHop() {
        assertEquals(0, node(AGENT).column());
        assertEquals(1, node(DEPLOY).column());
        assertEquals(1, node(LOGS).column());
        assertEquals(2, node(ADMIN).column());
        assertEquals(2, node(CUSTOMER_DB).column());
        assertEquals(3, node(PAYMENTS_SECRET).column());
        assertTrue(node(AGENT).right() < node(DEPLOY).x());
        assertTrue(node(DEPLOY).right() < node(ADMIN).x());
    }

    @Test
    void foldsMoreThanTwelveResourcesOfOneServiceIntoAGroup() {
        DiagramNode group = node(SmallEnvironment.bucket("data-07"));

        assertTrue(group.group());
        assertEquals("s3 \u00d714", group.label());
        assertEquals(SmallEnvironment.BUCKETS, group.members().size());
        assertEquals(AccessLevel.ADMIN, group.access());
        assertEquals(Optional.of(group), diagram.nodeOf(SmallEnvironment.bucket("data-01")));
    }

    @Test
    void keepsFewResourcesOfAServiceApart() {
        assertFalse(node(LOGS).group());
        assertEquals("logs", node(LOGS).label());
        assertEquals("read \u00b7 S3::Bucket", node(LOGS).detail());
    }

    @Test
    void marksCrownJewels() {
        assertTrue(node(CUSTOMER_DB).crownJewel());
        assertTrue(node(PAYMENTS_SECRET).crownJewel());
        assertFalse(node(LOGS).crownJewel());
    }

    @Test
    void drawsOneEdgePerHopOfTheShortestPaths() {
        DiagramEdge toAdmin = edge(DEPLOY, ADMIN);

        assertEquals(Confidence.CONDITIONAL, toAdmin.confidence());
        assertFalse(toAdmin.isProven());
        assertTrue(toAdmin.isTraversable());
        assertEquals(SmallEnvironment.BUCKETS, edge(ADMIN, SmallEnvironment.bucket("data-01")).relations().size());
        assertEquals(6, diagram.edges().size());
    }

    @Test
    void nodesDoNotOverlap() {
        assertNoOverlap(diagram);
    }

    @Test
    void wrapsATallColumnIntoSubColumnsRightOfTheColumnBefore() {
        IdentityGraph wide = SmallEnvironment.withManyServices(40);
        RadiusDiagram d = RadiusLayout.layout(wide, new Analysis(wide).radii().radius(AGENT));
        List<DiagramNode> firstHop = d.nodes().stream().filter(n -> n.column() == 1).toList();

        assertEquals(3, firstHop.stream().mapToDouble(DiagramNode::x).distinct().count());
        assertTrue(firstHop.stream().allMatch(n -> n.x() > d.root().orElseThrow().right()));
        assertTrue(d.nodes().stream().filter(n -> n.column() == 2).allMatch(n ->
                firstHop.stream().allMatch(f -> f.right() < n.x())));
        assertNoOverlap(d);
    }

    static void assertNoOverlap(RadiusDiagram d) {
        for (DiagramNode a : d.nodes()) {
            for (DiagramNode b : d.nodes()) {
                boolean apart = a.right() <= b.x() || b.right() <= a.x()
                        || a.y() + a.height() <= b.y() || b.y() + b.height() <= a.y();
                assertTrue(a == b || apart, a.key() + " overlaps " + b.key());
            }
        }
    }

    @Test
    void findsTheNodeUnderAPoint() {
        DiagramNode db = node(CUSTOMER_DB);

        assertEquals(Optional.of(db), diagram.nodeAt(db.x() + db.width() / 2, db.centerY()));
        assertEquals(Optional.empty(), diagram.nodeAt(db.x() - 1, db.y() - 1));
    }

    @Test
    void findsTheEdgeNearAPoint() {
        DiagramEdge toAdmin = edge(DEPLOY, ADMIN);
        double[] middle = diagram.curve(toAdmin).pointAt(0.5);

        assertEquals(Optional.of(toAdmin), diagram.edgeAt(middle[0], middle[1] + 3, 5));
        assertEquals(Optional.empty(), diagram.edgeAt(middle[0], diagram.minY() - 100, 5));
    }

    @Test
    void anEmptyDiagramHasNothingToHit() {
        RadiusDiagram empty = RadiusDiagram.empty();

        assertTrue(empty.isEmpty());
        assertEquals(Optional.empty(), empty.nodeAt(0, 0));
        assertEquals(Optional.empty(), empty.root());
        assertEquals(List.of(), empty.edges());
    }

    private DiagramNode node(EntityId id) {
        return diagram.nodeOf(id).orElseThrow(() -> new AssertionError("no node for " + id));
    }

    private DiagramEdge edge(EntityId from, EntityId to) {
        String key = DiagramEdge.keyOf(node(from).key(), node(to).key());
        return diagram.edges().stream().filter(e -> e.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no edge " + key));
    }
}
