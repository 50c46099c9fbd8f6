package io.blastwall.app;

import io.blastwall.app.ui.export.ViewPictures;
import io.blastwall.app.ui.graph.RadiusGraphView;
import io.blastwall.app.ui.graph.RadiusGraphViewModel;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** The export's pictures, taken from the radius canvas once the window has built it. */
final class CanvasPictures implements ViewPictures {
    private Optional<RadiusGraphView> view = Optional.empty();
    private Optional<RadiusGraphViewModel> viewModel = Optional.empty();

    void show(RadiusGraphView canvas, RadiusGraphViewModel model) {
        view = Optional.of(canvas);
        viewModel = Optional.of(model);
    }

    @Override
    public void writePng(Path file) throws IOException {
        RadiusGraphView shown = view.orElseThrow(() -> new IOException("the graph is not shown yet"));
        WritableImage image = shown.snapshot(null, null);
        BufferedImage picture = SwingFXUtils.fromFXImage(image, null);
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        if (!ImageIO.write(picture, "png", file.toFile())) {
            throw new IOException("no PNG writer is available");
        }
    }

    @Override
    public String svg() {
        viewModel.orElseThrow(() -> new IllegalStateException("the graph is not shown yet"));
        throw new IllegalStateException("SVG export needs the canvas's SVG writer, which this build does not have yet");
    }
}
