package io.blastwall.app.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import io.blastwall.analysis.ProgressListener;
import io.blastwall.app.AppContext;
import io.blastwall.app.LoadedSnapshot;
import io.blastwall.app.StoreSettings;
import io.blastwall.app.Workspace;
import io.blastwall.app.store.Neo4jGraphStore;
import io.blastwall.app.testing.EmbeddedStoreExtension;
import io.blastwall.model.Snapshot;
import io.blastwall.sampledata.SampleDataset;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javafx.event.Event;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import javafx.scene.image.Image;
import javafx.util.Pair;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drag and drop onto the real window, headless: a zip of exports dropped on it is accepted and imported as a new
 * snapshot, which the window then shows. (The drag gesture itself comes from the operating system; the test
 * hands the window the same DragEvents with a dragboard holding the files.)
 */
@ExtendWith(EmbeddedStoreExtension.class)
class DropImportTest {
    private static final long TIMEOUT_SECONDS = 180;

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
    void aZipDroppedOnTheWindowBecomesTheShownSnapshot(Neo4jGraphStore store, @TempDir Path home) throws Exception {
        Workspace workspace = Workspace.over(StoreSettings.embedded(home), store);
        LoadedSnapshot sample = workspace.importSample(ProgressListener.NONE);
        Path zip = zip(SampleDataset.NORTHWIND.extractTo(Files.createDirectories(home.resolve("exports"))),
                home.resolve("northwind-exports.zip"));
        Stage stage = FxToolkit.registerPrimaryStage();
        AppContext window = onFx(() -> {
            AppContext context = AppContext.create(stage, progress -> workspace);
            stage.show();
            context.start();
            return context;
        });
        try {
            MainViewModel main = window.mainViewModel();
            waitUntil(() -> !main.panels().identities().rows().isEmpty() && idle(window));

            int before = onFx(() -> main.snapshots().size());
            DragEvent over = onFx(() -> fire(window.mainView(), DragEvent.DRAG_OVER, zip));
            assertEquals(TransferMode.COPY, over.getAcceptedTransferMode(), "the window accepts dropped files");
            DragEvent dropped = onFx(() -> fire(window.mainView(), DragEvent.DRAG_DROPPED, zip));
            assertTrue(dropped.isDropCompleted());

            waitUntil(() -> main.current().map(c -> c.snapshot().label().equals("northwind-exports.zip")).orElse(false)
                    && idle(window));
            List<Snapshot> snapshots = onFx(() -> List.copyOf(main.snapshots()));
            assertEquals(before + 1, snapshots.size(), "one new snapshot in the switcher");
            assertEquals("northwind-exports.zip", onFx(() -> main.chosenSnapshotProperty().get().label()));
            waitUntil(() -> !main.panels().identities().rows().isEmpty() && idle(window));
            assertTrue(onFx(() -> main.panels().identities().rows().stream()
                    .anyMatch(r -> r.name().equals("support-agent"))), "the zip's identities are listed");
            assertEquals(zip.toAbsolutePath().normalize(), onFx(() -> main.recent().get(0)));
        } finally {
            window.background().close();
            FxToolkit.cleanupStages();
            workspace.delete(sample.snapshot().id());
            for (Snapshot s : workspace.snapshots()) {
                if (s.label().equals("northwind-exports.zip")) {
                    workspace.delete(s.id());
                }
            }
        }
    }

    /** Fires a drag event carrying {@code file} at the centre of {@code target}; returns it with its outcome. */
    private static DragEvent fire(MainView target, javafx.event.EventType<DragEvent> type, Path file) {
        Dragboard board = DragboardHelper.createDragboard(new DroppedFiles(List.of(file.toFile())));
        DragboardHelper.setDataAccessRestriction(board, false);
        double x = target.getWidth() / 2;
        double y = target.getHeight() / 2;
        DragEvent event = new DragEvent(type, board, x, y, x, y, TransferMode.COPY, null, target, null);
        Event.fireEvent(target, event);
        return event;
    }

    /** What the operating system's drag of files gives the window: the files, to be copied. */
    private record DroppedFiles(List<java.io.File> files) implements TKClipboard {
        @Override
        public void setSecurityContext(java.security.AccessControlContext context) {}

        @Override
        public Set<DataFormat> getContentTypes() {
            return Set.of(DataFormat.FILES);
        }

        @Override
        @SafeVarargs
        public final boolean putContent(Pair<DataFormat, Object>... content) {
            return false;
        }

        @Override
        public Object getContent(DataFormat format) {
            return DataFormat.FILES.equals(format) ? files : null;
        }

        @Override
        public boolean hasContent(DataFormat format) {
            return DataFormat.FILES.equals(format);
        }

        @Override
        public Set<TransferMode> getTransferModes() {
            return Set.of(TransferMode.COPY);
        }

        @Override
        public void setDragView(Image image) {}

        @Override
        public void setDragViewOffsetX(double offset) {}

        @Override
        public void setDragViewOffsetY(double offset) {}

        @Override
        public Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }

    private static Path zip(Path folder, Path zip) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip);
                ZipOutputStream z = new ZipOutputStream(out);
                Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                z.putNextEntry(new ZipEntry(folder.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, z);
                z.closeEntry();
            }
        }
        return zip;
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
