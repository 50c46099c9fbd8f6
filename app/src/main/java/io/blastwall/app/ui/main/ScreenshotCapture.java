package io.blastwall.app.ui.main;

import io.blastwall.app.background.BackgroundStatus;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits until the selected identity's radius is drawn and all background work is done, then writes a
 * PNG of the whole window and runs {@code whenDone} (which quits).
 */
public final class ScreenshotCapture {
    private static final Logger LOG = LoggerFactory.getLogger(ScreenshotCapture.class);
    private static final Duration SETTLE = Duration.millis(600);

    private final ScreenshotRequest request;
    private final Scene scene;
    private final MainViewModel viewModel;
    private final BackgroundStatus work;
    private boolean taken;

    public ScreenshotCapture(ScreenshotRequest request, Scene scene, MainViewModel viewModel, BackgroundStatus work) {
        this.request = request;
        this.scene = scene;
        this.viewModel = viewModel;
        this.work = work;
    }

    /** Starts watching; {@code whenDone} runs on the FX thread after the file is written (or failed). */
    public void arm(Runnable whenDone) {
        InvalidationListener check = (Observable o) -> {
            if (!taken && isSettled()) {
                taken = true;
                PauseTransition settle = new PauseTransition(SETTLE);
                settle.setOnFinished(e -> {
                    if (isSettled()) {
                        write();
                        whenDone.run();
                    } else {
                        taken = false;
                    }
                });
                settle.play();
            }
        };
        work.runningProperty().addListener(check);
        viewModel.panels().graph().diagramProperty().addListener(check);
    }

    private boolean isSettled() {
        return !work.runningProperty().get() && !viewModel.panels().graph().diagramProperty().get().isEmpty();
    }

    private void write() {
        WritableImage image = scene.snapshot(null);
        BufferedImage picture = SwingFXUtils.fromFXImage(image, null);
        Path output = request.output().toAbsolutePath();
        try {
            if (output.getParent() != null) {
                Files.createDirectories(output.getParent());
            }
            ImageIO.write(picture, "png", output.toFile());
            LOG.info("Wrote a screenshot of the window to {}", output);
        } catch (IOException e) {
            LOG.error("Could not write the screenshot to {}", output, e);
        }
    }
}
