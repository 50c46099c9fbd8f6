package io.blastwall.app.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.analysis.ProgressListener;
import io.blastwall.app.testing.EmbeddedStoreExtension;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Snapshot;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedStoreExtension.class)
class SnapshotCatalogTest {
    private final IdentityGraph graph = StoreFixtures.everyKind();

    @Test
    void listsSnapshotsNewestFirst(Neo4jGraphStore store) throws StoreException {
        Snapshot older = store.save(graph, "older", List.of(), ProgressListener.NONE);
        Snapshot newer = store.save(graph, "newer", StoreFixtures.SOURCES, ProgressListener.NONE);

        List<Snapshot> listed = store.list();

        assertEquals(List.of(newer, older), listed.subList(0, 2));
        store.delete(newer.id());
        store.delete(older.id());
    }

    @Test
    void latestIsTheNewestSnapshot(Neo4jGraphStore store) throws StoreException {
        Snapshot older = store.save(graph, "older", List.of(), ProgressListener.NONE);
        Snapshot newest = store.save(graph, "newest", List.of(), ProgressListener.NONE);

        assertEquals(Optional.of(newest), store.latest());
        store.delete(newest.id());
        store.delete(older.id());
    }

    @Test
    void findsNothingForAnUnknownId(Neo4jGraphStore store) throws StoreException {
        assertEquals(Optional.empty(), store.find("1999-01-01T00-00-00-000000"));
    }

    @Test
    void refusesToLoadAnUnknownSnapshot(Neo4jGraphStore store) {
        StoreException error = assertThrows(StoreException.class,
                () -> store.load("1999-01-01T00-00-00-000000", ProgressListener.NONE));

        assertEquals("There is no snapshot 1999-01-01T00-00-00-000000.", error.getMessage());
    }

    @Test
    void deleteRemovesTheSnapshotAndEverythingInIt(Neo4jGraphStore store) throws StoreException {
        Snapshot saved = store.save(graph, "doomed", StoreFixtures.SOURCES, ProgressListener.NONE);

        store.delete(saved.id());

        assertEquals(List.of(Optional.empty(), 0L), List.of(store.find(saved.id()), StoreTraces.nodesOf(store, saved.id())));
    }

    @Test
    void deletingAnUnknownSnapshotDoesNothing(Neo4jGraphStore store) throws StoreException {
        List<Snapshot> before = store.list();

        store.delete("1999-01-01T00-00-00-000000");

        assertEquals(before, store.list());
    }

    @Test
    void givesSnapshotsReadableTimeBasedIds(Neo4jGraphStore store) throws StoreException {
        Snapshot saved = store.save(IdentityGraph.empty(), "id", List.of(), ProgressListener.NONE);

        assertTrue(saved.id().matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}-[0-9a-f]{6}"), saved.id());
        store.delete(saved.id());
    }

    @Test
    void describesWhereTheDataLives(Neo4jGraphStore store) {
        assertTrue(store.describe().startsWith("embedded Neo4j at "), store.describe());
    }
}
