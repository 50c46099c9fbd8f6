package io.blastwall.app.ui.identities;

import static io.blastwall.app.ui.SmallEnvironment.ADMIN;
import static io.blastwall.app.ui.SmallEnvironment.AGENT;
import static io.blastwall.app.ui.SmallEnvironment.CI_BOT;
import static io.blastwall.app.ui.SmallEnvironment.DEPLOY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.analysis.ProgressListener;
import io.blastwall.analysis.RadiusSummary;
import io.blastwall.app.LoadedSnapshot;
import io.blastwall.app.background.ImmediateBackground;
import io.blastwall.app.ui.RecordingDialogs;
import io.blastwall.app.ui.SmallEnvironment;
import io.blastwall.model.EntityId;
import io.blastwall.model.EntityKind;
import io.blastwall.model.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class IdentitiesViewModelTest {
    private final LoadedSnapshot loaded = SmallEnvironment.loaded();
    private final ImmediateBackground background = new ImmediateBackground();
    private final IdentitiesViewModel identities = new IdentitiesViewModel(background, new RecordingDialogs());

    @Test
    void listsEveryIdentityHighestScoreFirst() {
        identities.show(loaded);

        List<RadiusSummary> all = loaded.analysis().radii().all(ProgressListener.NONE);
        assertEquals(all.stream().map(RadiusSummary::identity).collect(Collectors.toSet()),
                identities.rows().stream().map(IdentityRow::id).collect(Collectors.toSet()));
        List<Double> scores = identities.rows().stream().map(IdentityRow::score).toList();
        assertEquals(scores.stream().sorted(Comparator.reverseOrder()).toList(), scores);
        assertEquals(AGENT, identities.rows().get(0).id());
    }

    @Test
    void rowsCarryRadiusSizeCrownJewelsAndScore() {
        identities.show(loaded);

        RadiusSummary agent = summaryOf(AGENT);
        IdentityRow row = identities.rows().get(0);
        assertEquals(new IdentityRow(AGENT, "support-agent", EntityKind.AI_AGENT,
                Provider.AWS, agent.size(), agent.crownJewelsReached(), agent.score()), row);
        assertEquals(2, row.crownJewels());
    }

    @Test
    void hidesHumansUntilTheNonHumanFilterIsOff() {
        identities.show(loaded);
        assertEquals(List.of(), names().stream().filter("alice"::equals).toList());

        identities.nonHumanOnlyProperty().set(false);

        assertTrue(names().contains("alice"));
        assertEquals(identities.rows().size(), identities.visibleRows().size());
    }

    @Test
    void aiAgentsOnlyKeepsTheAgents() {
        identities.show(loaded);

        identities.aiAgentsOnlyProperty().set(true);

        assertEquals(List.of("support-agent"), names());
        assertEquals("1 of 5", identities.summaryProperty().get());
    }

    @Test
    void textFilterMatchesNamesAndArnsIgnoringCase() {
        identities.show(loaded);

        identities.filterTextProperty().set("DEPLOY");
        assertEquals(List.of("deploy-role"), names());

        identities.filterTextProperty().set("role/admin");
        assertEquals(List.of("admin-role"), names());
    }

    @Test
    void selectsTheHighestScoringAiAgentOnceRanked() {
        identities.show(loaded);

        assertEquals(Optional.of(AGENT), identities.selected().map(IdentityRow::id));
    }

    @Test
    void preferredSelectionWinsOverTheDefault() {
        identities.preferSelection("ci-bot");

        identities.show(loaded);

        assertEquals(Optional.of(CI_BOT), identities.selected().map(IdentityRow::id));
    }

    @Test
    void selectsByIdAmongTheListedIdentities() {
        identities.show(loaded);

        identities.select(DEPLOY);
        assertEquals(Optional.of(DEPLOY), identities.selected().map(IdentityRow::id));
        identities.select(ADMIN);
        assertEquals(Optional.of(ADMIN), identities.selected().map(IdentityRow::id));
    }

    @Test
    void ranksInTheBackground() {
        identities.show(loaded);

        assertEquals(List.of("Computing blast radii"), background.titles());
    }

    private List<String> names() {
        return identities.visibleRows().stream().map(IdentityRow::name).toList();
    }

    private RadiusSummary summaryOf(EntityId id) {
        return loaded.analysis().radii().all(ProgressListener.NONE).stream()
                .filter(s -> s.identity().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void quickFiltersKeepOnlyIdentitiesThatReachCrownJewelsOrOfOneProvider() {
        identities.show(loaded);

        identities.reachesCrownJewelsProperty().set(true);
        assertTrue(identities.visibleRows().stream().allMatch(r -> r.crownJewels() > 0));
        assertTrue(identities.visibleRows().stream().anyMatch(r -> r.id().equals(AGENT)));
        assertTrue(identities.visibleRows().size() < identities.rows().size());

        identities.reachesCrownJewelsProperty().set(false);
        identities.providerProperty().set(Provider.KUBERNETES);
        assertEquals(List.of(), identities.visibleRows());
        identities.providerProperty().set(Provider.AWS);
        assertEquals(identities.rows().stream().filter(r -> r.kind().isRankedByDefault()).count(),
                identities.visibleRows().size());
        assertEquals(List.of(Provider.AWS), identities.providers());
    }
}
