package io.blastwall.app.ui.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.analysis.FindingKind;
import io.blastwall.analysis.OwaspNhi;
import io.blastwall.app.LoadedSnapshot;
import io.blastwall.app.background.ImmediateBackground;
import io.blastwall.app.ui.RecordingDialogs;
import io.blastwall.app.ui.SampleEnvironment;
import io.blastwall.model.EntityId;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The findings tab on the real analysis of the Northwind sample, without the FX toolkit. */
class FindingsViewModelTest {
    private final LoadedSnapshot sample = SampleEnvironment.loaded();
    private final FindingsViewModel findings = new FindingsViewModel(new ImmediateBackground(), new RecordingDialogs());

    @Test
    void findsWhatTheSampleSaysAnAnalystShouldSee() {
        findings.show(sample);

        Set<String> seen = findings.rows().stream()
                .map(r -> r.finding().kind() + " " + r.subjectName())
                .collect(Collectors.toSet());
        assertTrue(seen.containsAll(Set.of(
                "ADMIN_EQUIVALENT terraform-apply",
                "STALE_KEY jenkins-legacy access key 1",
                "NEVER_USED_KEY jenkins-legacy access key 2",
                "LONG_LIVED_KEY svc-reporting access key 1",
                "UNUSED_IDENTITY prod-readonly-audit",
                "UNUSED_IDENTITY legacy-jenkins-deploy",
                "THIRD_PARTY_TRUST vendor-observability-readonly",
                "CROSS_ENVIRONMENT github-actions-ci",
                "HUMAN_USE jenkins-legacy",
                "BROAD_FEDERATED_TRUST github-actions-ci")), seen.toString());
        assertTrue(!seen.contains("BROAD_FEDERATED_TRUST eks-triage-agent"), "its trust pins the service account");
    }

    @Test
    void eachRowNamesItsOwaspRiskAndCarriesItsEvidence() {
        findings.show(sample);
        FindingRow stale = findings.rows().stream()
                .filter(r -> r.finding().kind() == FindingKind.STALE_KEY).findFirst().orElseThrow();

        findings.select(stale);

        assertEquals("NHI1:2025 Improper Offboarding", stale.owasp());
        assertTrue(findings.evidenceProperty().get().contains("credential-report.csv"), findings.evidenceProperty().get());
        assertEquals(OwaspNhi.NHI1, stale.finding().owasp());
    }

    @Test
    void aFindingOfAnIdentityThatReachesCrownJewelsIsMoreUrgentThanItsKind() {
        findings.show(sample);

        Set<EntityId> reaching = sample.analysis().radii().all(io.blastwall.analysis.ProgressListener.NONE).stream()
                .filter(s -> s.crownJewelsReached() > 0).map(s -> s.identity()).collect(Collectors.toSet());

        for (FindingRow row : findings.rows()) {
            FindingKind.Severity own = row.finding().kind().severity();
            boolean raised = reaching.contains(row.finding().subject())
                    && !(row.finding().kind() == FindingKind.THIRD_PARTY_TRUST);
            if (raised) {
                assertEquals(own.raised(), row.finding().severity(), row.summary());
            }
        }
        assertTrue(findings.rows().stream().anyMatch(r -> reaching.contains(r.finding().subject())
                && r.finding().severity() == r.finding().kind().severity().raised()));
    }

    @Test
    void listsOnlyTheSelectedIdentitysFindingsWhenAsked() {
        findings.show(sample);
        EntityId ci = SampleEnvironment.named("github-actions-ci");

        findings.selectedIdentityProperty().set(ci);
        findings.selectedOnlyProperty().set(true);

        assertTrue(!findings.visibleRows().isEmpty());
        assertEquals(Set.of(ci), findings.visibleRows().stream().map(r -> r.finding().subject()).collect(Collectors.toSet()));
    }

    @Test
    void summarisesTheCountsBySeverity() {
        findings.show(sample);

        assertTrue(findings.summaryProperty().get().startsWith(findings.rows().size() + " findings: "),
                findings.summaryProperty().get());
    }
}
