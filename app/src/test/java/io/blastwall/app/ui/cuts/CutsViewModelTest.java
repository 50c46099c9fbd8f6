package io.blastwall.app.ui.cuts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.analysis.CutPlan;
import io.blastwall.analysis.CutQuery;
import io.blastwall.app.LoadedSnapshot;
import io.blastwall.app.background.ImmediateBackground;
import io.blastwall.app.ui.RecordingDialogs;
import io.blastwall.app.ui.SampleEnvironment;
import io.blastwall.model.EntityId;
import io.blastwall.model.Grant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The cuts tab on the real analysis of the Northwind sample, without the FX toolkit. */
class CutsViewModelTest {
    private final LoadedSnapshot sample = SampleEnvironment.loaded();
    private final EntityId agent = SampleEnvironment.named("support-agent");
    private final CutsViewModel cuts = new CutsViewModel(new ImmediateBackground(), new RecordingDialogs());

    @Test
    void offersTheCheapestCutFirstAndTheClosestWhenItDiffers() {
        cuts.show(sample, agent);

        CutPlan plan = sample.analysis().cuts().plan(CutQuery.from(agent));
        assertEquals(plan.cheapest(), cuts.options().get(0).cut());
        assertEquals(plan.closestDiffers() ? 2 : 1, cuts.options().size());
        assertTrue(cuts.options().contains(cuts.chosenProperty().get()));
    }

    @Test
    void choosesTheCutWithoutCollateralForTheSupportAgentTheOneGrantTheSampleNames() {
        cuts.show(sample, agent);

        CutOption chosen = cuts.chosenProperty().get();
        List<Grant> grants = chosen.cut().grants();
        assertEquals(1, grants.size(), grants.toString());
        assertTrue(grants.get(0).evidence().text().contains("AllowSupportAgentOrderRefresh")
                || grants.get(0).evidence().text().contains("TriggerOrderHistoryRefresh"), grants.toString());
        assertEquals(List.of(), chosen.collateral());
        assertTrue(cuts.options().stream().anyMatch(o -> !o.collateral().isEmpty()),
                "the other minimum cut breaks the nightly pipeline");
    }

    @Test
    void simulatingTheChosenCutShrinksTheRadiusAndClosesEveryCrownJewel() {
        cuts.show(sample, agent);

        cuts.simulateProperty().set(true);

        Simulation simulation = cuts.simulation().orElseThrow();
        assertEquals(sample.analysis().radii().radius(agent), simulation.before());
        assertTrue(simulation.after().size() < simulation.before().size(), simulation.delta());
        assertEquals(List.of(), simulation.after().crownJewels());
        assertEquals(cuts.chosenProperty().get().grantIds(), simulation.removed());
        assertTrue(cuts.deltaProperty().get().startsWith("Radius " + simulation.before().size() + " \u2192 "
                + simulation.after().size()), cuts.deltaProperty().get());
    }

    @Test
    void switchingSimulationOffForgetsIt() {
        cuts.show(sample, agent);
        cuts.simulateProperty().set(true);

        cuts.simulateProperty().set(false);

        assertEquals(Optional.empty(), cuts.simulation());
        assertEquals("", cuts.deltaProperty().get());
    }

    @Test
    void choosingTheOtherCutWhileSimulatingSimulatesThatOne() {
        EntityId ci = SampleEnvironment.named("github-actions-ci");
        cuts.show(sample, ci);
        cuts.simulateProperty().set(true);
        CutOption last = cuts.options().get(cuts.options().size() - 1);

        cuts.chosenProperty().set(last);

        assertEquals(last.grantIds(), cuts.simulation().orElseThrow().removed());
    }

    @Test
    void anotherIdentityEndsTheSimulation() {
        cuts.show(sample, agent);
        cuts.simulateProperty().set(true);

        cuts.show(sample, SampleEnvironment.named("github-actions-ci"));

        assertFalse(cuts.simulateProperty().get());
        assertEquals(Optional.empty(), cuts.simulation());
    }

    @Test
    void anIdentityThatReachesNoCrownJewelHasNothingToCut() {
        EntityId reviewer = SampleEnvironment.named("ai-code-review-agent");
        cuts.show(sample, reviewer);

        assertEquals(List.of(), cuts.options());
        assertTrue(cuts.summaryProperty().get().startsWith("Nothing to cut"), cuts.summaryProperty().get());
        Set<String> none = cuts.options().stream().map(CutOption::label).collect(Collectors.toSet());
        assertEquals(Set.of(), none);
    }
}
