package io.blastwall.app.ui;

import io.blastwall.app.background.Background;
import io.blastwall.app.ui.console.CypherConsoleViewModel;
import io.blastwall.app.ui.cuts.CutsViewModel;
import io.blastwall.app.ui.details.DetailsViewModel;
import io.blastwall.app.ui.export.ExportViewModel;
import io.blastwall.app.ui.export.ViewPictures;
import io.blastwall.app.ui.findings.FindingsViewModel;
import io.blastwall.app.ui.graph.RadiusGraphViewModel;
import io.blastwall.app.ui.identities.IdentitiesViewModel;
import io.blastwall.app.ui.main.WindowPanels;
import io.blastwall.app.ui.paths.PathsViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The window's ViewModels built as the window builds them, over a test background and dialogs. */
public final class TestPanels {
    /** The clock reports are stamped with in tests. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    private TestPanels() {}

    public static WindowPanels create(Background background, RecordingDialogs dialogs) {
        return create(background, dialogs, new FakePictures());
    }

    public static WindowPanels create(Background background, RecordingDialogs dialogs, ViewPictures pictures) {
        return new WindowPanels(
                new IdentitiesViewModel(background, dialogs),
                new RadiusGraphViewModel(background, dialogs),
                new DetailsViewModel(),
                new PathsViewModel(background, dialogs),
                new CutsViewModel(background, dialogs),
                new FindingsViewModel(background, dialogs),
                new CypherConsoleViewModel(background, dialogs),
                new ExportViewModel(background, dialogs, pictures, CLOCK));
    }

    /** Pictures of a view that is not there: a tiny PNG signature and a fixed SVG. */
    public static final class FakePictures implements ViewPictures {
        @Override
        public void writePng(Path file) throws IOException {
            Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        }

        @Override
        public String svg() {
            return "<svg xmlns=\"http://www.w3.org/2000/svg\"/>";
        }
    }
}
