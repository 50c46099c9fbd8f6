package io.blastwall.app.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.analysis.ProgressListener;
import io.blastwall.app.AppContext;
import io.blastwall.app.LoadedSnapshot;
import io.blastwall.app.StoreSettings;
import io.blastwall.app.Workspace;
import io.blastwall.app.store.Neo4jGraphStore;
import io.blastwall.app.testing.EmbeddedStoreExtension;
import io.blastwall.app.ui.identities.IdentitiesViewModel;
import io.blastwall.app.ui.identities.IdentityRow;
import io.blastwall.model.EntityKind;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window over the real embedded store, headless with Monocle: it loads the sample, lists its
 * identities, and a click on an AI agent draws that agent's blast radius.
 */
@ExtendWith(EmbeddedStoreExtension.class)
class MainWindowSmokeTest {
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
    void showsTheSampleAndDrawsTheRadiusOfAClickedAiAgent(Neo4jGraphStore store, @TempDir Path home) throws Exception {
        Workspace workspace = Workspace.over(StoreSettings.embedded(home), store);
        LoadedSnapshot sample = workspace.importSample(ProgressListener.NONE);
        Stage stage = FxToolkit.registerPrimaryStage();
        AppContext window = onFx(() -> {
            AppContext context = AppContext.create(stage, progress -> workspace);
            stage.show();
            context.start();
            return context;
        });
        try {
            MainViewModel main = window.mainViewModel();
            IdentitiesViewModel identities = main.panels().identities();
            waitUntil(() -> !identities.rows().isEmpty() && main.panels().graph().radius().isPresent() && idle(window));

            assertEquals(sample.snapshot().id(), onFx(() -> main.current().orElseThrow().snapshot().id()));
            assertEquals("Blastwall \u2014 " + sample.snapshot().label(), onFx(stage::getTitle));
            assertTrue(onFx(() -> identities.visibleRows().size()) > 0);

            robot.clickOn("AI agents only");
            IdentityRow agent = onFx(() -> anotherAgent(identities));
            assertEquals(EntityKind.AI_AGENT, agent.kind());
            Node agentRow = robot.lookup(".table-row-cell").<TableRow<?>>match(r -> agent.equals(r.getItem())).query();
            robot.clickOn(agentRow);

            waitUntil(() -> main.panels().graph().radius().map(r -> r.identity().equals(agent.id())).orElse(false)
                    && idle(window));
            assertEquals(Optional.of(agent.id()), onFx(() -> identities.selected().map(IdentityRow::id)));
            assertFalse(onFx(() -> main.panels().graph().diagramProperty().get().isEmpty()));
            assertTrue(onFx(() -> window.mainView().graphView().paintedNodes()) > 1);
            assertEquals(agent.name(), onFx(() -> main.panels().details().titleProperty().get()));

            robot.clickOn("AI agents only");
            robot.clickOn("#identity-filter").write("no identity is called like this");
            waitUntil(() -> identities.visibleRows().isEmpty() && idle(window));
            assertEquals(Optional.of(agent.id()), onFx(() -> identities.selected().map(IdentityRow::id)));
        } finally {
            window.background().close();
            FxToolkit.cleanupStages();
            workspace.delete(sample.snapshot().id());
        }
    }

    /** An AI agent other than the one selected at start, if the sample has several. */
    private static IdentityRow anotherAgent(IdentitiesViewModel identities) {
        return identities.visibleRows().stream()
                .filter(r -> !identities.selected().equals(Optional.of(r)))
                .findFirst()
                .orElse(identities.visibleRows().get(0));
    }

    private static boolean idle(AppContext window) {
        return !window.background().runningProperty().get();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> onFx(condition));
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
}
