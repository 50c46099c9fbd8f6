package io.blastwall.app.ui.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.analysis.ProgressListener;
import io.blastwall.app.background.ImmediateBackground;
import io.blastwall.app.store.Neo4jGraphStore;
import io.blastwall.app.store.StoreException;
import io.blastwall.app.testing.EmbeddedStoreExtension;
import io.blastwall.app.ui.RecordingDialogs;
import io.blastwall.app.ui.SmallEnvironment;
import io.blastwall.model.Snapshot;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The console against the real embedded store: tables, graphs of paths, and writes only when switched on. */
@ExtendWith(EmbeddedStoreExtension.class)
class CypherConsoleViewModelTest {
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final CypherConsoleViewModel console = new CypherConsoleViewModel(new ImmediateBackground(), dialogs);

    @Test
    void theExampleQueryDrawsTheSnapshotsRoleAssumptionsAsAGraph(Neo4jGraphStore store) throws StoreException {
        Snapshot saved = store.save(SmallEnvironment.graph(), "console", List.of(), ProgressListener.NONE);
        try {
            console.connect(store.console());
            console.useSnapshot(saved.id());

            console.run();

            assertEquals(List.of("p"), console.columns());
            assertEquals(3, console.rows().size());
            assertEquals(4, console.graphProperty().get().nodes().size());
            assertEquals(3, console.graphProperty().get().links().size());
            assertTrue(console.graphProperty().get().links().stream().allMatch(l -> l.type().equals("CAN_ASSUME")));
            assertEquals("3 rows \u00b7 4 nodes, 3 relationships", console.messageProperty().get());
        } finally {
            store.delete(saved.id());
        }
    }

    @Test
    void scalarsGiveATableWithoutAGraph(Neo4jGraphStore store) {
        console.connect(store.console());
        console.queryProperty().set("RETURN 1 AS one, 'two' AS two");

        console.run();

        assertEquals(List.of(List.of("1", "two")), console.rows());
        assertTrue(console.graphProperty().get().isEmpty());
    }

    @Test
    void writesAreRefusedUntilSwitchedOn(Neo4jGraphStore store) throws StoreException {
        console.connect(store.console());
        console.queryProperty().set("CREATE (n:ConsoleProbe {name: 'probe'}) RETURN n");

        console.run();
        assertEquals(1, dialogs.shown().size());
        assertTrue(dialogs.shown().get(0).startsWith("error: The Cypher query failed: "), dialogs.shown().toString());

        console.allowWritesProperty().set(true);
        console.run();
        assertTrue(console.messageProperty().get().contains("1 node created"), console.messageProperty().get());
        store.console().runWriting("MATCH (n:ConsoleProbe) DELETE n", java.util.Map.of());
    }

    @Test
    void withoutAStoreItSaysSo() {
        console.run();

        assertEquals("The store is not open yet", console.messageProperty().get());
    }
}
