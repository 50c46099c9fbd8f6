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

import io.blastwall.app.LoadedSnapshot;
import io.blastwall.app.background.ImmediateBackground;
import io.blastwall.app.ui.RecordingDialogs;
import io.blastwall.app.ui.SmallEnvironment;
import io.blastwall.model.EntityId;
import io.blastwall.model.GrantId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The radius canvas's ViewModel over a real analysis of the small environment, without the FX toolkit. */
class RadiusGraphViewModelTest {
    private static final GrantId TRUST_ADMIN = GrantId.of("g-trust-admin");

    private final LoadedSnapshot loaded = SmallEnvironment.loaded();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final RadiusGraphViewModel viewModel = new RadiusGraphViewModel(new ImmediateBackground(), dialogs);

    @Test
    void simulationGivesTheFiguresBeforeAndAfter() {
        viewModel.show(loaded, AGENT);
        viewModel.simulate(loaded, AGENT, Set.of(TRUST_ADMIN));

        RadiusSimulation simulation = viewModel.simulationProperty().get().orElseThrow();
        assertEquals(new RadiusFigures(2, 17, 2, loaded.analysis().radii().radius(AGENT).score()), simulation.before());
        assertEquals(1, simulation.after().identities());
        assertEquals(2, simulation.after().resources());
        assertEquals(1, simulation.after().crownJewels());
        assertEquals(List.of(ADMIN), simulation.lostIdentities());
        assertEquals(List.of(PAYMENTS_SECRET), simulation.lostCrownJewels());
        assertEquals(15, simulation.lostResources().size());
        assertTrue(viewModel.captionProperty().get().contains("identities 2 \u2192 1, resources 17 \u2192 2"),
                viewModel.captionProperty().get());
    }

    @Test
    void simulationKeepsWhatIsLostDrawnAndMarksIt() {
        viewModel.simulate(loaded, AGENT, Set.of(TRUST_ADMIN));

        RadiusDiagram d = viewModel.diagramProperty().get();
        SimulationMarks marks = viewModel.marksProperty().get();
        String admin = d.nodeOf(ADMIN).orElseThrow().key();
        String secret = d.nodeOf(PAYMENTS_SECRET).orElseThrow().key();
        String buckets = d.nodeOf(SmallEnvironment.bucket("data-01")).orElseThrow().key();
        String deploy = d.nodeOf(DEPLOY).orElseThrow().key();
        assertEquals(Set.of(admin, secret, buckets), marks.lostNodes());
        assertEquals(Set.of(DiagramEdge.keyOf(deploy, admin)), marks.cutEdges());
        assertEquals(Set.of(DiagramEdge.keyOf(admin, secret), DiagramEdge.keyOf(admin, buckets)), marks.lostEdges());
        assertFalse(marks.isLost(d.nodeOf(CUSTOMER_DB).orElseThrow().key()));
        assertFalse(marks.isLost(d.root().orElseThrow().key()));
    }

    @Test
    void simulationDrawsTheRadiusWhereItWas() {
        viewModel.show(loaded, AGENT);
        RadiusDiagram before = viewModel.diagramProperty().get();

        viewModel.simulate(loaded, AGENT, Set.of(TRUST_ADMIN));

        assertEquals(before.nodes(), viewModel.diagramProperty().get().nodes());
    }

    @Test
    void endingTheSimulationReturnsToTheRadiusAsItIs() {
        viewModel.show(loaded, AGENT);
        String caption = viewModel.captionProperty().get();
        viewModel.simulate(loaded, AGENT, Set.of(TRUST_ADMIN));

        viewModel.endSimulation();

        assertEquals(Optional.empty(), viewModel.simulationProperty().get());
        assertFalse(viewModel.marksProperty().get().isActive());
        assertEquals(caption, viewModel.captionProperty().get());
        assertEquals(Optional.of(loaded.analysis().radii().radius(AGENT)), viewModel.radius());
    }

    @Test
    void showingAnotherIdentityEndsTheSimulation() {
        viewModel.simulate(loaded, AGENT, Set.of(TRUST_ADMIN));

        viewModel.show(loaded, DEPLOY);

        assertEquals(Optional.empty(), viewModel.simulationProperty().get());
        assertEquals(DEPLOY, viewModel.radius().orElseThrow().identity());
    }

    @Test
    void aRemovalThatChangesNothingLosesNothing() {
        viewModel.simulate(loaded, AGENT, Set.of(GrantId.of("g-alice-policy")));

        RadiusSimulation simulation = viewModel.simulationProperty().get().orElseThrow();
        assertFalse(simulation.changesTheRadius());
        assertEquals(simulation.before(), simulation.after());
        assertEquals(Set.of(), viewModel.marksProperty().get().lostNodes());
    }

    @Test
    void anUnknownGrantIsReportedAndLeavesTheRadiusShown() {
        viewModel.show(loaded, AGENT);
        RadiusDiagram before = viewModel.diagramProperty().get();

        viewModel.simulate(loaded, AGENT, Set.of(GrantId.of("no-such-grant")));

        assertEquals(before, viewModel.diagramProperty().get());
        assertEquals(Optional.empty(), viewModel.simulationProperty().get());
        assertEquals(1, dialogs.shown().size());
        assertTrue(dialogs.shown().get(0).contains("no-such-grant"), dialogs.shown().toString());
    }

    @Test
    void expandingAGroupShowsItsMembersAndFoldingItGathersThemAgain() {
        viewModel.show(loaded, AGENT);
        DiagramNode group = node(SmallEnvironment.bucket("data-01"));

        viewModel.toggle(group);

        DiagramNode member = node(SmallEnvironment.bucket("data-01"));
        assertFalse(member.group());
        assertTrue(member.isGroupMember());
        assertEquals(group.key(), member.foldKey());
        assertEquals(1 + 2 + 3 + SmallEnvironment.BUCKETS, viewModel.diagramProperty().get().nodes().size());
        assertEquals(List.of(NodeAction.FOLD_GROUP), viewModel.actionsFor(member));

        viewModel.toggle(member);

        assertEquals(group.key(), node(SmallEnvironment.bucket("data-07")).key());
        assertTrue(node(SmallEnvironment.bucket("data-07")).group());
    }

    @Test
    void collapsingANodeHidesWhatIsReachedThroughIt() {
        viewModel.show(loaded, AGENT);

        viewModel.perform(NodeAction.COLLAPSE_NEIGHBOURS, node(DEPLOY));

        RadiusDiagram d = viewModel.diagramProperty().get();
        assertEquals(Set.of(AGENT, DEPLOY, LOGS), d.nodes().stream().map(DiagramNode::entity).collect(
                java.util.stream.Collectors.toSet()));
        assertEquals(3 + SmallEnvironment.BUCKETS, node(DEPLOY).hidden());
        assertEquals(List.of(NodeAction.EXPAND_NEIGHBOURS), viewModel.actionsFor(node(DEPLOY)));

        viewModel.toggle(node(DEPLOY));

        assertEquals(0, node(DEPLOY).hidden());
        assertTrue(viewModel.diagramProperty().get().nodeOf(PAYMENTS_SECRET).isPresent());
    }

    @Test
    void aLeafHasNothingToCollapse() {
        viewModel.show(loaded, AGENT);

        assertEquals(List.of(), viewModel.actionsFor(node(LOGS)));
    }

    @Test
    void theTableTakesOverAboveTheThresholdUntilTheCanvasIsForced() {
        viewModel.tableThresholdProperty().set(4);
        viewModel.show(loaded, AGENT);

        assertTrue(viewModel.tableShownProperty().get());
        assertTrue(viewModel.tableNoteProperty().get().contains("7 nodes"), viewModel.tableNoteProperty().get());
        assertEquals(2 + 17, viewModel.rows().size());

        viewModel.showCanvasAnyway();

        assertFalse(viewModel.tableShownProperty().get());
        assertEquals("", viewModel.tableNoteProperty().get());
    }

    @Test
    void theTableListsEveryReachedEntityNearestFirst() {
        viewModel.layoutProperty().set(GraphLayout.TABLE);
        viewModel.show(loaded, AGENT);

        assertTrue(viewModel.tableShownProperty().get());
        assertEquals(2 + 17, viewModel.rows().size());
        assertEquals(DEPLOY, viewModel.rows().get(0).entity());
        RadiusRow secret = viewModel.rows().stream().filter(r -> r.entity().equals(PAYMENTS_SECRET)).findFirst()
                .orElseThrow();
        assertEquals("admin-role", secret.via());
        assertTrue(secret.crownJewel());
        assertFalse(secret.lost());
    }

    @Test
    void theTableMarksWhatASimulationLoses() {
        viewModel.simulate(loaded, AGENT, Set.of(TRUST_ADMIN));

        assertEquals(Set.of(ADMIN, PAYMENTS_SECRET), viewModel.rows().stream().filter(RadiusRow::lost)
                .map(RadiusRow::entity).filter(e -> !e.value().startsWith("arn:aws:s3:::data"))
                .collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void theForceLayoutPlacesEveryNodeApart() {
        viewModel.show(loaded, AGENT);

        viewModel.layoutProperty().set(GraphLayout.FORCE_DIRECTED);

        RadiusDiagram d = viewModel.diagramProperty().get();
        assertEquals(GraphLayout.FORCE_DIRECTED, d.layout());
        assertEquals(7, d.nodes().size());
        RadiusLayoutTest.assertNoOverlap(d);
    }

    @Test
    void keepsTheSelectedNodeWhenTheLayoutChanges() {
        viewModel.show(loaded, AGENT);
        viewModel.selectEntity(CUSTOMER_DB);

        viewModel.layoutProperty().set(GraphLayout.FORCE_DIRECTED);

        assertTrue(viewModel.selectionProperty().get().isNode(node(CUSTOMER_DB).key()));
    }

    private DiagramNode node(EntityId id) {
        return viewModel.diagramProperty().get().nodeOf(id).orElseThrow(() -> new AssertionError("no node for " + id));
    }
}
