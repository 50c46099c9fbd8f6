package io.blastwall.app.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.analysis.ProgressListener;
import io.blastwall.app.AppContext;
import io.blastwall.app.LoadedSnapshot;
import io.blastwall.app.StoreSettings;
import io.blastwall.app.Workspace;
import io.blastwall.app.store.Neo4jGraphStore;
import io.blastwall.app.testing.EmbeddedStoreExtension;
import io.blastwall.app.ui.RecordingDialogs;
import io.blastwall.app.ui.cuts.Simulation;
import io.blastwall.app.ui.graph.Highlight;
import io.blastwall.app.ui.identities.IdentityRow;
import io.blastwall.model.EntityKind;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The analyst's story in the real window, headless (Monocle), over the real embedded store: load the sample,
 * search an AI agent, select it, open an attack path, simulate a cut and see the radius shrink, export a report
 * and a PNG. Only the save dialogs are answered by the test (native file choosers cannot be driven headless).
 */
@ExtendWith(EmbeddedStoreExtension.class)
class AnalystStoryTest {
    private static final long TIMEOUT_SECONDS = 120;

    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void runHeadless() {
        System.setProperty("testfx.robot", "glass");
        System.setProperty("testfx.headless", "true");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("headless.geometry", "1600x1000-32");
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void fromTheSampleToAReportOfAnAgentsPathAndTheCutThatClosesIt(Neo4jGraphStore store, @TempDir Path home)
            throws Exception {
        Workspace workspace = Workspace.over(StoreSettings.embedded(home), store);
        LoadedSnapshot sample = workspace.importSample(ProgressListener.NONE);
        RecordingDialogs dialogs = new RecordingDialogs();
        Path report = home.resolve("out").resolve("support-agent-report.html");
        Path picture = home.resolve("out").resolve("support-agent.png");
        Path drawing = home.resolve("out").resolve("support-agent.svg");
        dialogs.answerSave(report, picture, drawing);
        Stage stage = FxToolkit.registerPrimaryStage();
        AppContext window = onFx(() -> {
            AppContext context = AppContext.create(stage, progress -> workspace, Optional.empty(), dialogs);
            stage.show();
            context.start();
            return context;
        });
        try {
            MainViewModel main = window.mainViewModel();
            waitUntil(() -> !main.panels().identities().rows().isEmpty() && idle(window));
            assertEquals(sample.snapshot().id(), onFx(() -> main.current().orElseThrow().snapshot().id()));
            onFx(() -> {
                main.panels().identities().select(main.panels().identities().visibleRows().stream()
                        .filter(r -> !r.name().equals("support-agent")).findFirst().orElseThrow());
                return null;
            });
            waitUntil(() -> idle(window));

            robot.clickOn("#search").write("support-ag");
            waitUntil(() -> !main.search().suggestions().isEmpty());
            robot.type(KeyCode.ENTER);
            waitUntil(() -> selectedName(main).equals("support-agent") && idle(window)
                    && main.panels().graph().radius().map(r -> r.identity().value().endsWith("role/support-agent")).orElse(false));
            IdentityRow agent = onFx(() -> main.panels().identities().selected().orElseThrow());
            assertEquals(EntityKind.AI_AGENT, agent.kind());

            robot.clickOn("Attack paths (2)");
            Node firstPath = robot.lookup("#paths-table .table-row-cell").<TableRow<?>>match(r -> r.getItem() != null).query();
            robot.clickOn(firstPath);
            waitUntil(() -> !onFxValue(() -> main.panels().graph().highlightProperty().get()).equals(Highlight.none()));
            assertTrue(onFx(() -> main.panels().paths().selectedPathProperty().get().route())
                    .startsWith("support-agent \u2192 data-pipeline-role"));

            robot.clickOn(robot.lookup(".tab").match(n -> n.lookup(".tab-label") instanceof Label l
                    && l.getText().startsWith("Suggested cuts")).<Node>query());
            robot.clickOn("#simulate");
            waitUntil(() -> main.panels().cuts().simulation().isPresent() && idle(window));
            Simulation simulation = onFx(() -> main.panels().cuts().simulation().orElseThrow());
            assertTrue(simulation.after().size() < simulation.before().size(), simulation.delta());
            assertEquals(List.of(), simulation.after().crownJewels());
            assertEquals(simulation.delta(), onFx(() -> robot.lookup("#cut-delta").<Label>query().getText()));
            waitUntil(() -> main.panels().graph().simulationProperty().get().isPresent() && idle(window));
            assertEquals(simulation.after().size(), onFx(() -> {
                var after = main.panels().graph().simulationProperty().get().orElseThrow().after();
                return after.identities() + after.resources();
            }));

            robot.clickOn("#export-menu").clickOn("Report of the selected identity\u2026    Ctrl+E");
            waitUntil(() -> Files.exists(report) && idle(window));
            String html = Files.readString(report);
            assertTrue(html.contains("support-agent") && html.contains("northwind-prod-customer-data"));
            assertTrue(html.contains("AllowSupportAgentOrderRefresh") || html.contains("TriggerOrderHistoryRefresh"));
            int simulatedCut = html.indexOf("the cut simulated in the window");
            assertTrue(simulatedCut > html.indexOf("Attack paths"), "the report names the cut simulated in the window");
            String grant = sample.graph().grant(simulation.removed().iterator().next()).orElseThrow().description();
            assertTrue(html.indexOf(grant.substring(0, Math.min(40, grant.length())), simulatedCut) > simulatedCut,
                    "the simulated cut lists its grant: " + grant);

            robot.clickOn("#export-menu").clickOn("View as PNG\u2026");
            waitUntil(() -> Files.exists(picture));
            BufferedImage png = ImageIO.read(picture.toFile());
            assertTrue(png.getWidth() > 200 && png.getHeight() > 150, png.getWidth() + "x" + png.getHeight());

            robot.clickOn("#export-menu").clickOn("View as SVG\u2026");
            waitUntil(() -> Files.exists(drawing) && idle(window));
            String svg = Files.readString(drawing);
            assertTrue(svg.contains("<svg") && svg.contains("support-agent") && svg.strip().endsWith("</svg>"));
            assertEquals(List.of(), dialogs.shown().stream().filter(s -> s.startsWith("error")).toList());
        } finally {
            window.background().close();
            FxToolkit.cleanupStages();
            workspace.delete(sample.snapshot().id());
        }
    }

    private static String selectedName(MainViewModel main) {
        return main.panels().identities().selected().map(IdentityRow::name).orElse("");
    }

    private static boolean idle(AppContext window) {
        return !window.background().runningProperty().get();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> onFx(condition));
    }

    private static <T> T onFxValue(Callable<T> action) {
        try {
            return onFx(action);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
}
