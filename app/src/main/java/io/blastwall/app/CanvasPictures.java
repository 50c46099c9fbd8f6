package io.blastwall.app;

import io.blastwall.app.ui.export.ViewPictures;
import io.blastwall.app.ui.graph.RadiusGraphView;
import io.blastwall.app.ui.graph.RadiusGraphViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The export's pictures, taken from the radius canvas (its PNG and SVG writers) once the window has built it. */
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
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        shown.writePng(file);
    }

    @Override
    public String svg() {
        return viewModel.orElseThrow(() -> new IllegalStateException("the graph is not shown yet")).svg();
    }
}
