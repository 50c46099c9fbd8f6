package io.blastwall.app.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.analysis.Cut;
import io.blastwall.analysis.RadiusSummary;
import io.blastwall.analysis.ReachedResource;
import io.blastwall.app.LoadedSnapshot;
import io.blastwall.app.background.ImmediateBackground;
import io.blastwall.app.ui.RecordingDialogs;
import io.blastwall.app.ui.SampleEnvironment;
import io.blastwall.app.ui.SmallEnvironment;
import io.blastwall.model.EntityId;
import io.blastwall.model.Grant;
import io.blastwall.styles.Theme;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The radius view in a real (headless, Monocle) window: it draws, zooms to dots, expands a group on
 * double-click, gives way to the table, and writes PNGs. It also leaves pictures of what it drew in
 * {@code target/graph-view/} for a look by eye.
 */
class RadiusGraphViewSmokeTest {
    private static final Path PREVIEWS = Path.of("target", "graph-view");
    private static final long TIMEOUT_SECONDS = 60;

    private final FxRobot robot = new FxRobot();
    private final RadiusGraphViewModel viewModel =
            new RadiusGraphViewModel(new ImmediateBackground(), new RecordingDialogs());
    private RadiusGraphView view;

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

    @BeforeEach
    void openWindow() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        view = onFx(() -> {
            RadiusGraphView shown = new RadiusGraphView(viewModel);
            Scene scene = new Scene(shown, 1280, 820);
            scene.getStylesheets().setAll(Theme.LIGHT.stylesheets());
            viewModel.themeProperty().addListener((obs, old, theme) ->
                    scene.getStylesheets().setAll(theme.stylesheets()));
            stage.setScene(scene);
            stage.show();
            return shown;
        });
        Files.createDirectories(PREVIEWS);
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void drawsTheSampleAgentsRadiusAndWritesItAsPng(@TempDir Path dir) throws Exception {
        LoadedSnapshot sample = SampleEnvironment.loaded();
        onFx(() -> {
            viewModel.show(sample, SampleEnvironment.named("support-agent"));
            return null;
        });

        assertTrue(onFx(view::paintedNodes) > 3);
        Path png = dir.resolve("radius.png");
        onFx(() -> {
            view.writePng(png);
            view.writePng(PREVIEWS.resolve("sample-agent.png"));
            return null;
        });
        BufferedImage image = ImageIO.read(png.toFile());
        double canvasWidth = onFx(() -> view.radiusCanvas().canvas().getWidth());
        assertEquals((int) canvasWidth, image.getWidth());
        assertTrue(image.getHeight() > 400);
        Files.writeString(PREVIEWS.resolve("sample-agent.svg"), onFx(viewModel::svg));
    }

    @Test
    void highlightsAPathAndShowsASimulatedCut() throws Exception {
        LoadedSnapshot sample = SampleEnvironment.loaded();
        EntityId agent = SampleEnvironment.named("support-agent");
        ReachedResource jewel = sample.analysis().radii().radius(agent).resources().stream()
                .filter(r -> sample.analysis().radii().radius(agent).crownJewels().contains(r.resource()))
                .max(Comparator.comparingInt(ReachedResource::hops)).orElseThrow();
        Cut cut = sample.analysis().cuts().minimumCutToCrownJewels(agent);
        onFx(() -> {
            viewModel.show(sample, agent);
            viewModel.highlight(jewel.path());
            view.writePng(PREVIEWS.resolve("sample-agent-path.png"));
            viewModel.simulate(sample, agent, cut.grants().stream().map(Grant::id).collect(Collectors.toSet()));
            view.writePng(PREVIEWS.resolve("sample-agent-simulation.png"));
            Files.writeString(PREVIEWS.resolve("sample-agent-simulation.svg"), viewModel.svg());
            viewModel.themeProperty().set(Theme.DARK);
            view.writePng(PREVIEWS.resolve("sample-agent-simulation-dark.png"));
            return null;
        });

        assertTrue(onFx(() -> viewModel.simulationProperty().get().orElseThrow().after().crownJewels()) == 0);
        assertTrue(onFx(view::paintedNodes) > 3);
    }

    @Test
    void zoomedFarOutItDrawsDots() throws Exception {
        LoadedSnapshot sample = SampleEnvironment.loaded();
        RadiusSummary largest = sample.analysis().radii().all(io.blastwall.analysis.ProgressListener.NONE).stream()
                .max(Comparator.comparingInt(RadiusSummary::size)).orElseThrow();
        onFx(() -> {
            viewModel.show(sample, largest.identity());
            view.fit();
            view.writePng(PREVIEWS.resolve("sample-largest-fit.png"));
            for (int i = 0; i < 12; i++) {
                view.zoomOut();
            }
            return null;
        });

        assertEquals(DetailLevel.DOTS, onFx(view::paintedLevel));
        assertTrue(onFx(view::paintedNodes) > 0);
        onFx(() -> {
            view.writePng(PREVIEWS.resolve("sample-largest-dots.png"));
            viewModel.layoutProperty().set(GraphLayout.FORCE_DIRECTED);
            view.fit();
            view.writePng(PREVIEWS.resolve("sample-largest-force.png"));
            return null;
        });
    }

    @Test
    void doubleClickOnAGroupExpandsIt() throws Exception {
        LoadedSnapshot small = SmallEnvironment.loaded();
        onFx(() -> {
            viewModel.show(small, SmallEnvironment.AGENT);
            view.fit();
            return null;
        });
        DiagramNode group = onFx(() -> viewModel.diagramProperty().get()
                .nodeOf(SmallEnvironment.bucket("data-01")).orElseThrow());
        assertTrue(group.group());

        robot.doubleClickOn(onFx(() -> onScreen(group)));
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(onFx(() -> viewModel.diagramProperty().get().nodeOf(SmallEnvironment.bucket("data-01"))
                .orElseThrow().group()));
        onFx(() -> {
            view.writePng(PREVIEWS.resolve("small-expanded.png"));
            return null;
        });
    }

    @Test
    void aClickSelectsTheNodeUnderThePointer() throws Exception {
        LoadedSnapshot small = SmallEnvironment.loaded();
        onFx(() -> {
            viewModel.show(small, SmallEnvironment.AGENT);
            view.fit();
            return null;
        });
        DiagramNode db = onFx(() -> viewModel.diagramProperty().get().nodeOf(SmallEnvironment.CUSTOMER_DB)
                .orElseThrow());

        robot.clickOn(onFx(() -> onScreen(db)));
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(onFx(() -> viewModel.selectionProperty().get().isNode(db.key())));
    }

    @Test
    void theTableStandsInAboveTheThresholdAndTheCanvasCanBeForced() throws Exception {
        LoadedSnapshot small = SmallEnvironment.loaded();
        onFx(() -> {
            viewModel.tableThresholdProperty().set(3);
            viewModel.show(small, SmallEnvironment.AGENT);
            return null;
        });

        assertTrue(onFx(() -> view.tableView().isVisible()));
        assertFalse(onFx(() -> view.radiusCanvas().isVisible()));
        assertEquals(2 + 17, onFx(() -> view.tableView().table().getItems().size()));

        robot.clickOn("Draw it anyway");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(onFx(() -> view.radiusCanvas().isVisible()));
        assertFalse(onFx(() -> view.tableView().isVisible()));
    }

    private Point2D onScreen(DiagramNode node) {
        RadiusCanvas canvas = view.radiusCanvas();
        canvas.paintNow();
        Viewport v = canvas.viewport();
        return canvas.canvas().localToScreen(v.toScreenX(node.centerX()), v.toScreenY(node.centerY()));
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
}
