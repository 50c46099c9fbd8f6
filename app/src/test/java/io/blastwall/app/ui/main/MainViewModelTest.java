package io.blastwall.app.ui.main;

import static io.blastwall.app.ui.SmallEnvironment.AGENT;
import static io.blastwall.app.ui.SmallEnvironment.CI_BOT;
import static io.blastwall.app.ui.SmallEnvironment.CUSTOMER_DB;
import static io.blastwall.app.ui.SmallEnvironment.PAYMENTS_SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.analysis.AttackPath;
import io.blastwall.analysis.CutPlan;
import io.blastwall.analysis.CutQuery;
import io.blastwall.app.LoadedSnapshot;
import io.blastwall.app.Workspace;
import io.blastwall.app.background.BackgroundWork;
import io.blastwall.app.background.ImmediateBackground;
import io.blastwall.app.store.StoreException;
import io.blastwall.app.ui.RecordingDialogs;
import io.blastwall.app.ui.TestPanels;
import io.blastwall.app.ui.SmallEnvironment;
import io.blastwall.app.ui.details.DetailRow;
import io.blastwall.app.ui.details.DetailsViewModel;
import io.blastwall.app.ui.graph.DiagramEdge;
import io.blastwall.app.ui.graph.DiagramNode;
import io.blastwall.app.ui.graph.Highlight;
import io.blastwall.app.ui.graph.RadiusGraphViewModel;
import io.blastwall.app.ui.identities.IdentitiesViewModel;
import io.blastwall.app.ui.cuts.CutOption;
import io.blastwall.app.ui.cuts.CutRow;
import io.blastwall.app.ui.paths.PathRow;
import io.blastwall.app.ui.paths.PathsViewModel;
import io.blastwall.model.EntityId;
import io.blastwall.styles.Theme;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The panels working together over a real analysis of a small graph, without the FX toolkit. */
class MainViewModelTest {
    private final LoadedSnapshot loaded = SmallEnvironment.loaded();
    private final ImmediateBackground background = new ImmediateBackground();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final WindowPanels panels = TestPanels.create(background, dialogs);

    private MainViewModel window(BackgroundWork<Workspace> opener) {
        return new MainViewModel(opener, background, dialogs, panels);
    }

    private MainViewModel shown() {
        MainViewModel main = window(progress -> {
            throw new StoreException("not used");
        });
        main.showSnapshot(loaded);
        return main;
    }

    @Test
    void titlesTheWindowAfterTheSnapshot() {
        assertEquals("Blastwall \u2014 Test snapshot", shown().windowTitleProperty().get());
    }

    @Test
    void selectedIdentityGetsItsBlastRadiusDrawn() {
        shown();

        assertEquals(Optional.of(loaded.analysis().radii().radius(AGENT)), panels.graph().radius());
        Set<EntityId> drawn = panels.graph().diagramProperty().get().nodes().stream()
                .flatMap(n -> n.members().stream()).collect(Collectors.toSet());
        assertEquals(1 + panels.graph().radius().orElseThrow().size(), drawn.size());
    }

    @Test
    void selectingAnotherIdentityReplacesTheRadius() {
        shown();

        panels.identities().select(CI_BOT);

        assertEquals(Optional.of(CI_BOT), panels.graph().radius().map(r -> r.identity()));
        assertEquals("ci-bot", panels.details().titleProperty().get());
    }

    @Test
    void inspectorShowsTheSelectedIdentityFirst() {
        shown();

        assertEquals("support-agent", panels.details().titleProperty().get());
        assertTrue(panels.details().rows().contains(new DetailRow("Kind", "AI agent")));
    }

    @Test
    void listsTheAttackPathsToCrownJewels() {
        shown();

        List<AttackPath> expected = loaded.analysis().paths().toCrownJewels(AGENT);
        assertEquals(expected, panels.paths().paths().stream().map(PathRow::path).toList());
        assertEquals(Set.of(CUSTOMER_DB, PAYMENTS_SECRET),
                panels.paths().paths().stream().map(p -> p.path().target()).collect(Collectors.toSet()));
    }

    @Test
    void suggestsTheCheapestCutWithItsCostsFirst() {
        shown();

        CutPlan plan = loaded.analysis().cuts().plan(CutQuery.from(AGENT));
        CutOption first = panels.cuts().options().get(0);
        assertEquals(plan.cheapest(), first.cut());
        assertEquals(plan.cheapest().grants().stream().map(g -> g.id()).toList(),
                first.grants().stream().map(r -> r.grant().id()).toList());
        for (CutRow row : first.grants()) {
            assertEquals(loaded.analysis().cuts().costOf(row.grant()), row.cost());
        }
        CutOption chosen = panels.cuts().chosenProperty().get();
        assertTrue(panels.cuts().summaryProperty().get().startsWith("Remove " + chosen.cut().grants().size() + " grant"));
    }

    @Test
    void selectingAPathHighlightsItOnTheGraph() {
        shown();
        PathRow toSecret = panels.paths().paths().stream()
                .filter(p -> p.path().target().equals(PAYMENTS_SECRET)).findFirst().orElseThrow();

        panels.paths().selectPath(toSecret);

        Highlight highlight = panels.graph().highlightProperty().get();
        assertEquals(Set.of(AGENT.value(), SmallEnvironment.DEPLOY.value(), SmallEnvironment.ADMIN.value(),
                PAYMENTS_SECRET.value()), highlight.nodeKeys());
        assertEquals(3, highlight.edgeKeys().size());

        panels.paths().clearPathSelection();
        assertEquals(Highlight.none(), panels.graph().highlightProperty().get());
    }

    @Test
    void clickingAnEdgeShowsItsRuleConditionsAndEvidence() {
        shown();
        DiagramNode admin = nodeOf(SmallEnvironment.ADMIN);
        DiagramNode deploy = nodeOf(SmallEnvironment.DEPLOY);
        DiagramEdge edge = panels.graph().diagramProperty().get().edges().stream()
                .filter(e -> e.fromKey().equals(deploy.key()) && e.toKey().equals(admin.key()))
                .findFirst().orElseThrow();
        double[] middle = panels.graph().diagramProperty().get().curve(edge).pointAt(0.5);

        panels.graph().selectAt(middle[0], middle[1], 4);

        DetailsViewModel details = panels.details();
        assertEquals("deploy-role \u2192 admin-role", details.titleProperty().get());
        assertTrue(details.rows().contains(new DetailRow("Confidence", "conditional")));
        assertTrue(details.rows().contains(new DetailRow("Conditions", "aws:MultiFactorAuthPresent = true")));
        assertTrue(details.rows().contains(new DetailRow("Rule", "AWS-STS-01")));
        assertEquals("Snapshot", details.rows().get(details.rows().size() - 1).name());
        assertTrue(details.rows().get(details.rows().size() - 1).value().endsWith("(s-1)"));
        assertEquals(List.of("{\n  \"Effect\" : \"Allow\",\n  \"Sid\" : \"g-trust-admin\"\n}"),
                details.evidence().stream().map(e -> e.text()).toList());
    }

    @Test
    void clickingANodeShowsTheEntity() {
        shown();
        DiagramNode db = nodeOf(CUSTOMER_DB);

        panels.graph().selectAt(db.x() + 5, db.y() + 5, 4);

        assertEquals("customer-db", panels.details().titleProperty().get());
        assertTrue(panels.details().rows().contains(new DetailRow("Crown jewel", "yes")));
        assertTrue(panels.details().rows().contains(new DetailRow("Access", "write")));
    }

    @Test
    void aStoreThatCannotOpenIsReportedInAShortMessage() {
        MainViewModel main = window(progress -> {
            throw new StoreException("the data directory is locked by another Blastwall");
        });

        main.start();

        assertEquals(List.of("error: Could not open the store: the data directory is locked by another Blastwall"),
                dialogs.shown());
        assertFalse(main.readyProperty().get());
    }

    @Test
    void importingBeforeTheStoreIsOpenExplainsWhy() {
        MainViewModel main = window(progress -> {
            throw new StoreException("not used");
        });
        dialogs.answerFiles(List.of(Path.of("gaad.json")));

        main.importFiles();

        assertEquals(List.of("info: The store is not open yet: Blastwall is still opening its store; try again in a moment."),
                dialogs.shown());
    }

    @Test
    void darkThemeSwitchesTheCanvasToo() {
        MainViewModel main = shown();

        main.darkThemeProperty().set(true);

        assertEquals(Theme.DARK, main.themeProperty().get());
        assertEquals(Theme.DARK, panels.graph().themeProperty().get());
    }

    @Test
    void labelsImportsAfterTheirFirstInput() {
        assertEquals("gaad.json", ImportMessages.label(List.of(Path.of("/x/gaad.json"))));
        assertEquals("gaad.json + 2 more",
                ImportMessages.label(List.of(Path.of("/x/gaad.json"), Path.of("a.csv"), Path.of("k8s"))));
    }

    private DiagramNode nodeOf(EntityId id) {
        return panels.graph().diagramProperty().get().nodeOf(id).orElseThrow();
    }

    @Test
    void backAndForwardWalkThroughTheSelectedIdentities() {
        MainViewModel main = shown();
        panels.identities().select(CI_BOT);
        panels.identities().select(SmallEnvironment.DEPLOY);

        main.back();
        assertEquals(Optional.of(CI_BOT), panels.identities().selected().map(r -> r.id()));
        main.back();
        assertEquals(Optional.of(AGENT), panels.identities().selected().map(r -> r.id()));
        assertFalse(main.canGoBackProperty().get());

        main.forward();
        assertEquals(Optional.of(CI_BOT), panels.identities().selected().map(r -> r.id()));
        assertTrue(main.canGoForwardProperty().get());
    }

    @Test
    void searchingARankedIdentitySelectsItEvenWhenTheFiltersHideIt() {
        MainViewModel main = shown();
        panels.identities().aiAgentsOnlyProperty().set(true);

        main.search().queryProperty().set("ci-bot");
        main.search().chooseBest();

        assertEquals(Optional.of(CI_BOT), panels.identities().selected().map(r -> r.id()));
        assertTrue(panels.identities().visibleRows().stream().anyMatch(r -> r.id().equals(CI_BOT)));
    }

    @Test
    void searchingAResourceShowsItInTheInspectorAndKeepsTheIdentity() {
        MainViewModel main = shown();

        main.search().queryProperty().set("customer-db");
        main.search().chooseBest();

        assertEquals("customer-db", panels.details().titleProperty().get());
        assertEquals(Optional.of(AGENT), panels.identities().selected().map(r -> r.id()));
    }

    @Test
    void theFindingsOfTheShownSnapshotAreComputed() {
        shown();

        assertTrue(panels.findings().summaryProperty().get().contains("finding"),
                panels.findings().summaryProperty().get());
    }

    @Test
    void theExportFollowsTheSelectedIdentity() {
        shown();

        assertTrue(panels.export().canExportIdentityProperty().get());
        panels.identities().clear();
        assertFalse(panels.export().canExportIdentityProperty().get());
        assertTrue(panels.export().canExportSnapshotProperty().get());
    }

    @Test
    void remembersTheThemeAndRecentImportsInTheGivenPlaceOnly(@org.junit.jupiter.api.io.TempDir Path home) {
        io.blastwall.app.ui.settings.SettingsStore store = io.blastwall.app.ui.settings.SettingsStore.in(home);
        MainViewModel main = shown();
        main.rememberIn(store);

        main.darkThemeProperty().set(true);
        main.saveSettings(1000, 700, false, List.of(0.3, 0.6, 0.7));

        io.blastwall.app.ui.settings.WindowSettings saved = store.load();
        assertTrue(saved.dark());
        assertEquals(List.of(0.3, 0.6, 0.7), saved.dividers());
        assertEquals(1000, saved.width());
        MainViewModel again = shown();
        again.rememberIn(store);
        assertTrue(again.darkThemeProperty().get());
    }

    @Test
    void helpListsTheShortcuts() {
        shown().showShortcuts();

        assertTrue(dialogs.shown().get(0).contains("Ctrl+F"), dialogs.shown().toString());
        assertTrue(dialogs.shown().get(0).contains("Alt+Left"));
    }

    @Test
    void simulatingTheChosenCutDrawsItOnTheCanvasAndSwitchingItOffReturns() {
        shown();

        panels.cuts().simulateProperty().set(true);

        io.blastwall.app.ui.graph.RadiusSimulation drawn = panels.graph().simulationProperty().get().orElseThrow();
        assertEquals(panels.cuts().simulation().orElseThrow().removed(), drawn.removedGrants());
        assertEquals(AGENT, drawn.identity());
        assertTrue(drawn.after().identities() + drawn.after().resources()
                < drawn.before().identities() + drawn.before().resources());

        panels.cuts().simulateProperty().set(false);
        assertEquals(Optional.empty(), panels.graph().simulationProperty().get());
    }
}
