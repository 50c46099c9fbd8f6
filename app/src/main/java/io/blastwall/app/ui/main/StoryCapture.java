package io.blastwall.app.ui.main;

import io.blastwall.app.background.BackgroundStatus;
import io.blastwall.app.ui.paths.PathRow;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the README's pictures of one identity's story, each after the window has settled: its blast radius, its
 * first attack path highlighted, and the suggested cut simulated; then it exports the identity's report through the
 * window's export, with that cut simulated, as {@value #REPORT}. Then runs {@code whenDone} (which quits).
 */
public final class StoryCapture {
    private static final Logger LOG = LoggerFactory.getLogger(StoryCapture.class);
    private static final Duration SETTLE = Duration.millis(900);
    private static final Duration RECHECK = Duration.millis(400);
    /** The report exported at the end of the story, in the pictures' folder (tools/screenshots.sh renders it). */
    public static final String REPORT = "story-report.html";

    private final Path folder;
    private final Scene scene;
    private final MainViewModel viewModel;
    private final MainView view;
    private final BackgroundStatus work;
    private final Deque<Step> steps = new ArrayDeque<>();
    private final int total;
    private boolean started;

    public StoryCapture(Path folder, Scene scene, MainViewModel viewModel, MainView view, BackgroundStatus work) {
        this.folder = folder;
        this.scene = scene;
        this.viewModel = viewModel;
        this.view = view;
        this.work = work;
        steps.addAll(List.of(
                new Step("1-blast-radius.png", () -> view.bottomTabs().getSelectionModel().select(0)),
                new Step("2-attack-path.png", this::highlightFirstPath),
                new Step("3-cut-simulated.png", this::simulateCut),
                new Step("", this::exportReport)));
        total = steps.size();
    }

    /** Starts once the selected identity's radius is drawn and the window is idle. */
    public void arm(Runnable whenDone) {
        viewModel.panels().graph().diagramProperty().addListener((obs, old, d) -> {
            if (!d.isEmpty() && steps.size() == total && !started) {
                started = true;
                next(whenDone);
            }
        });
    }

    private void next(Runnable whenDone) {
        Step step = steps.poll();
        if (step == null) {
            whenDone.run();
            return;
        }
        step.action().run();
        waitIdle(() -> {
            if (!step.file().isEmpty()) {
                write(folder.resolve(step.file()));
            }
            next(whenDone);
        });
    }

    /**
     * Runs {@code then} once no work has run for two checks in a row: work that ends just before a check has
     * only just handed its result to the view, and the canvas draws it at the next pulse, not at once.
     */
    private void waitIdle(Runnable then) {
        waitIdle(then, false);
    }

    private void waitIdle(Runnable then, boolean idleBefore) {
        PauseTransition pause = new PauseTransition(idleBefore ? RECHECK : SETTLE);
        pause.setOnFinished(e -> {
            boolean idle = !work.runningProperty().get();
            if (idle && idleBefore) {
                then.run();
            } else {
                waitIdle(then, idle);
            }
        });
        pause.play();
    }

    private void highlightFirstPath() {
        view.bottomTabs().getSelectionModel().select(0);
        List<PathRow> paths = viewModel.panels().paths().paths();
        if (!paths.isEmpty()) {
            viewModel.panels().paths().selectPath(paths.get(0));
        }
    }

    private void simulateCut() {
        viewModel.panels().paths().clearPathSelection();
        view.bottomTabs().getSelectionModel().select(1);
        viewModel.panels().cuts().simulateProperty().set(true);
    }

    /** The window's own export of the identity's report, with the cut still simulated, beside the pictures. */
    private void exportReport() {
        viewModel.panels().export().exportIdentityReportTo(folder.resolve(REPORT));
    }

    private void write(Path output) {
        BufferedImage picture = SwingFXUtils.fromFXImage(scene.snapshot(null), null);
        try {
            Files.createDirectories(output.toAbsolutePath().getParent());
            ImageIO.write(picture, "png", output.toFile());
            LOG.info("Wrote {}", output.toAbsolutePath());
        } catch (IOException e) {
            LOG.error("Could not write the screenshot {}", output, e);
        }
    }

    private record Step(String file, Runnable action) {}
}
