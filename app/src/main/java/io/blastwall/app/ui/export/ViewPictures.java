package io.blastwall.app.ui.export;

import java.io.IOException;
import java.nio.file.Path;

/** Pictures of the canvas as it is shown, which only the view can take. Called on the FX thread. */
public interface ViewPictures {

    /** Writes the current view as a PNG. */
    void writePng(Path file) throws IOException;

    /** The current view as an SVG document. */
    String svg();
}
