package io.blastwall.app.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.analysis.CrownJewelMarking;
import io.blastwall.analysis.CrownJewelMarkings;
import io.blastwall.analysis.ProgressListener;
import io.blastwall.app.StoreSettings;
import io.blastwall.app.Workspace;
import io.blastwall.app.background.ImmediateBackground;
import io.blastwall.app.store.BoltAddress;
import io.blastwall.app.store.CypherConsole;
import io.blastwall.app.store.GraphStore;
import io.blastwall.app.store.Neo4jGraphStore;
import io.blastwall.app.store.StoreException;
import io.blastwall.app.testing.EmbeddedStoreExtension;
import io.blastwall.app.ui.RecordingDialogs;
import io.blastwall.app.ui.SmallEnvironment;
import io.blastwall.app.ui.TestPanels;
import io.blastwall.app.ui.common.ConnectionChoice;
import io.blastwall.model.EntityId;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Snapshot;
import io.blastwall.model.SourceFile;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Switching the database from the window: to a server over Bolt (the embedded store's), or to one that is not there. */
@ExtendWith(EmbeddedStoreExtension.class)
class MainViewModelConnectionTest {
    private final ImmediateBackground background = new ImmediateBackground();
    private final RecordingDialogs dialogs = new RecordingDialogs();

    private MainViewModel started(Neo4jGraphStore store, Path home) {
        Workspace workspace = Workspace.over(StoreSettings.embedded(home), new Unclosable(store));
        MainViewModel main = new MainViewModel(progress -> workspace, background, dialogs,
                TestPanels.create(background, dialogs));
        main.start();
        return main;
    }

    @Test
    void reconnectsToAServerAndShowsItsNewestSnapshot(Neo4jGraphStore store, @TempDir Path home) throws StoreException {
        Snapshot saved = store.save(SmallEnvironment.graph(), "over bolt", List.of(), ProgressListener.NONE);
        MainViewModel main = started(store, home);
        try {
            main.connectTo(new ConnectionChoice(Optional.of(BoltAddress.of(store)), "", "", "neo4j"));

            assertTrue(main.readyProperty().get());
            assertEquals(saved.id(), main.current().orElseThrow().snapshot().id());
            assertTrue(main.statusProperty().get().contains("Neo4j at " + BoltAddress.of(store)), main.statusProperty().get());
            assertEquals(Optional.of(BoltAddress.of(store)), main.connectionProperty().get().uri());
            assertTrue(main.panels().identities().selected().isPresent());
        } finally {
            main.close();
            store.delete(saved.id());
        }
    }

    @Test
    void aServerThatCannotBeReachedLeavesTheWindowWithoutAStoreAndSaysWhy(Neo4jGraphStore store, @TempDir Path home) {
        MainViewModel main = started(store, home);

        main.connectTo(new ConnectionChoice(Optional.of(URI.create("bolt://127.0.0.1:1")), "neo4j", "secret", ""));

        assertFalse(main.readyProperty().get());
        assertTrue(main.statusProperty().get().startsWith("No store: "), main.statusProperty().get());
        assertTrue(dialogs.shown().stream().anyMatch(s -> s.startsWith("error: Could not connect to the database: ")),
                dialogs.shown().toString());
        assertFalse(main.statusProperty().get().contains("secret"));
    }

    /** The shared test store, which the window may "close" without closing it for the other tests. */
    private record Unclosable(GraphStore store) implements GraphStore {
        @Override
        public Snapshot save(IdentityGraph graph, String label, List<SourceFile> sources, ProgressListener progress)
                throws StoreException {
            return store.save(graph, label, sources, progress);
        }

        @Override
        public List<Snapshot> list() throws StoreException {
            return store.list();
        }

        @Override
        public Optional<Snapshot> find(String snapshotId) throws StoreException {
            return store.find(snapshotId);
        }

        @Override
        public Optional<Snapshot> latest() throws StoreException {
            return store.latest();
        }

        @Override
        public IdentityGraph load(String snapshotId, ProgressListener progress) throws StoreException {
            return store.load(snapshotId, progress);
        }

        @Override
        public void delete(String snapshotId) throws StoreException {
            store.delete(snapshotId);
        }

        @Override
        public CrownJewelMarkings markings(String snapshotId) throws StoreException {
            return store.markings(snapshotId);
        }

        @Override
        public void saveMarking(String snapshotId, EntityId entity, CrownJewelMarking marking) throws StoreException {
            store.saveMarking(snapshotId, entity, marking);
        }

        @Override
        public void clearMarking(String snapshotId, EntityId entity) throws StoreException {
            store.clearMarking(snapshotId, entity);
        }

        @Override
        public CypherConsole console() {
            return store.console();
        }

        @Override
        public String describe() {
            return store.describe();
        }

        @Override
        public void close() {
            // the extension closes the shared store at the end of the run
        }
    }
}
