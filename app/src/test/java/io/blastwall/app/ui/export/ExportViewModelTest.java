package io.blastwall.app.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blastwall.analysis.CutPlan;
import io.blastwall.analysis.CutQuery;
import io.blastwall.app.LoadedSnapshot;
import io.blastwall.app.background.ImmediateBackground;
import io.blastwall.app.ui.RecordingDialogs;
import io.blastwall.app.ui.SampleEnvironment;
import io.blastwall.app.ui.TestPanels;
import io.blastwall.model.EntityId;
import io.blastwall.model.GrantId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports of the real sample's analysis to real files, without the FX toolkit. */
class ExportViewModelTest {
    private final LoadedSnapshot sample = SampleEnvironment.loaded();
    private final EntityId agent = SampleEnvironment.named("support-agent");
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final ExportViewModel export = new ExportViewModel(new ImmediateBackground(), dialogs,
            new TestPanels.FakePictures(), TestPanels.CLOCK);

    @TempDir
    Path out;

    @Test
    void theSelectedIdentitysHtmlReportShowsItsPathAndTheCut() throws IOException {
        export.use(Optional.of(sample), Optional.of(agent));
        Path file = out.resolve("agent.html");
        dialogs.answerSave(file);

        export.exportIdentityReport();

        String html = Files.readString(file);
        assertEquals(file, export.lastExportProperty().get());
        assertTrue(html.startsWith("<!DOCTYPE html>") || html.startsWith("<!doctype html>"), html.substring(0, 40));
        assertTrue(html.contains("support-agent") && html.contains("northwind-prod-customer-data"));
        assertTrue(html.contains("<svg"), "paths are drawn inline");
        assertTrue(html.contains("AllowSupportAgentOrderRefresh") || html.contains("TriggerOrderHistoryRefresh"));
    }

    @Test
    void theCutSimulatedInTheWindowIsMarkedInTheReport() throws IOException {
        CutPlan plan = sample.analysis().cuts().plan(CutQuery.from(agent));
        Set<GrantId> closest = plan.closest().grants().stream().map(g -> g.id()).collect(Collectors.toSet());
        export.use(Optional.of(sample), Optional.of(agent));
        export.useSimulation(closest);
        Path html = out.resolve("agent.html");
        Path json = out.resolve("agent.json");
        dialogs.answerSave(html, json);

        export.exportIdentityReport();
        export.exportIdentityReport();

        String text = Files.readString(html);
        int marked = text.indexOf("the cut simulated in the window");
        assertTrue(marked > 0, "the simulated cut's heading says so");
        String grant = plan.closest().grants().get(0).description();
        assertEquals(marked, text.lastIndexOf("the cut simulated in the window"), "one cut is marked");
        assertTrue(marked < text.indexOf("Or, at the same cost"), "the simulated cut comes first");
        assertTrue(text.indexOf(grant.substring(0, Math.min(grant.length(), 40)), marked) > marked,
                "the simulated cut's grant follows its heading: " + grant);
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        List<String> listed = new java.util.ArrayList<>();
        report.findValue("simulatedGrants").forEach(n -> listed.add(n.asText()));
        assertEquals(closest.stream().map(GrantId::value).sorted().toList(), listed);
    }

    @Test
    void anotherIdentityForgetsTheSimulatedCut() throws IOException {
        CutPlan plan = sample.analysis().cuts().plan(CutQuery.from(agent));
        export.use(Optional.of(sample), Optional.of(agent));
        export.useSimulation(plan.cheapest().grants().stream().map(g -> g.id()).collect(Collectors.toSet()));
        export.use(Optional.of(sample), Optional.of(SampleEnvironment.named("github-actions-ci")));
        Path html = out.resolve("ci.html");
        dialogs.answerSave(html);

        export.exportIdentityReport();

        assertFalse(Files.readString(html).contains("simulated in the window"));
    }

    @Test
    void theFormatFollowsTheExtensionForMarkdownAndJson() throws IOException {
        export.use(Optional.of(sample), Optional.of(agent));
        Path md = out.resolve("agent.md");
        Path json = out.resolve("snapshot.json");
        dialogs.answerSave(md, json);

        export.exportIdentityReport();
        export.exportSnapshotReport();

        assertTrue(Files.readString(md).startsWith("# "));
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertTrue(report.isObject() && report.size() > 2, report.toString().substring(0, 80));
    }

    @Test
    void picturesOfTheViewAreWrittenWhereChosen() throws IOException {
        export.use(Optional.of(sample), Optional.of(agent));
        Path png = out.resolve("view.png");
        Path svg = out.resolve("view.svg");
        dialogs.answerSave(png, svg);

        export.exportPng();
        export.exportSvg();

        assertTrue(Files.size(png) > 0);
        assertTrue(Files.readString(svg).startsWith("<svg"));
        assertEquals(svg, export.lastExportProperty().get());
    }

    @Test
    void withoutASelectedIdentityTheIdentityReportExplainsWhy() {
        export.use(Optional.of(sample), Optional.empty());

        export.exportIdentityReport();

        assertEquals(List.of("info: Nothing to export: Select an identity first."), dialogs.shown());
    }

    @Test
    void aCancelledSaveDialogWritesNothing() {
        export.use(Optional.of(sample), Optional.of(agent));

        export.exportIdentityReport();

        assertEquals(null, export.lastExportProperty().get());
    }

    @Test
    void fileNamesAreMadeOfSafeCharacters() {
        assertEquals("northwind-logistics-aws-and-eks", ExportViewModel.fileName("Northwind Logistics (AWS and EKS)"));
        assertEquals("blastwall", ExportViewModel.fileName("///"));
    }
}
