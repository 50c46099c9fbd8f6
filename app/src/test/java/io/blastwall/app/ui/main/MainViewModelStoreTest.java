package io.blastwall.app.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.app.StoreSettings;
import io.blastwall.app.Workspace;
import io.blastwall.app.background.ImmediateBackground;
import io.blastwall.app.store.Neo4jGraphStore;
import io.blastwall.app.store.StoreException;
import io.blastwall.app.testing.EmbeddedStoreExtension;
import io.blastwall.app.ui.RecordingDialogs;
import io.blastwall.app.ui.TestPanels;
import io.blastwall.app.ui.details.DetailsViewModel;
import io.blastwall.app.ui.graph.RadiusGraphViewModel;
import io.blastwall.app.ui.identities.IdentitiesViewModel;
import io.blastwall.app.ui.paths.PathsViewModel;
import io.blastwall.model.Snapshot;
import io.blastwall.sampledata.SampleDataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The window's snapshot workflows over the real embedded store and importers, without the FX toolkit. */
@ExtendWith(EmbeddedStoreExtension.class)
class MainViewModelStoreTest {
    private final ImmediateBackground background = new ImmediateBackground();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<String> created = new ArrayList<>();
    private Workspace workspace;

    /** A window over the shared store; when that was empty, the sample it imported is deleted afterwards. */
    private MainViewModel started(Neo4jGraphStore store, Path home) throws StoreException {
        workspace = Workspace.over(StoreSettings.embedded(home), store);
        List<String> before = workspace.snapshots().stream().map(Snapshot::id).toList();
        WindowPanels panels = TestPanels.create(background, dialogs);
        MainViewModel main = new MainViewModel(progress -> workspace, background, dialogs, panels);
        main.start();
        main.current().map(c -> c.snapshot().id()).filter(id -> !before.contains(id)).ifPresent(created::add);
        return main;
    }

    @AfterEach
    void deleteWhatTheTestStored() throws StoreException {
        for (String id : created) {
            workspace.delete(id);
        }
    }

    @Test
    void startsWithASnapshotAndItsIdentitiesRanked(Neo4jGraphStore store, @TempDir Path home) throws StoreException {
        MainViewModel main = started(store, home);

        assertTrue(main.readyProperty().get());
        assertTrue(main.current().isPresent());
        assertTrue(main.panels().identities().selected().isPresent());
        assertTrue(main.panels().graph().radius().isPresent());
        assertEquals(List.of(), dialogs.shown());
    }

    @Test
    void importsAFolderAsANewSnapshotAndShowsIt(Neo4jGraphStore store, @TempDir Path home) throws IOException, StoreException {
        MainViewModel main = started(store, home);
        Path folder = SampleDataset.NORTHWIND.extractTo(Files.createDirectories(home.resolve("exports")));
        dialogs.answerFiles(List.of(folder));

        main.importFolder();

        Snapshot shown = main.current().orElseThrow().snapshot();
        created.add(shown.id());
        assertEquals(folder.getFileName().toString(), shown.label());
        assertEquals(shown.id(), main.chosenSnapshotProperty().get().id());
        assertEquals(shown.id(), main.snapshots().get(0).id());
        assertEquals("Blastwall \u2014 " + shown.label(), main.windowTitleProperty().get());
        assertTrue(main.panels().identities().rows().size() > 10);
    }

    @Test
    void choosingAnotherSnapshotLoadsIt(Neo4jGraphStore store, @TempDir Path home) throws IOException, StoreException {
        MainViewModel main = started(store, home);
        String first = main.current().orElseThrow().snapshot().id();
        main.importPaths(List.of(SampleDataset.NORTHWIND.extractTo(home.resolve("again"))));
        created.add(main.current().orElseThrow().snapshot().id());
        Snapshot earlier = main.snapshots().stream().filter(s -> s.id().equals(first)).findFirst().orElseThrow();

        main.chosenSnapshotProperty().set(earlier);

        assertEquals(first, main.current().orElseThrow().snapshot().id());
    }

    @Test
    void aFileThatIsNoExportIsReportedShortly(Neo4jGraphStore store, @TempDir Path home) throws IOException, StoreException {
        MainViewModel main = started(store, home);
        String before = main.current().orElseThrow().snapshot().id();
        Path notes = Files.writeString(home.resolve("notes.txt"), "just some notes, not an export\n");

        main.importPaths(List.of(notes));

        assertEquals(1, dialogs.shown().size());
        assertTrue(dialogs.shown().get(0).startsWith("error: Could not import notes.txt: "), dialogs.shown().get(0));
        assertEquals(before, main.current().orElseThrow().snapshot().id());
    }
}
