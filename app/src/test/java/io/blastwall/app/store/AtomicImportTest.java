package io.blastwall.app.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.analysis.ProgressListener;
import io.blastwall.app.testing.EmbeddedStoreExtension;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Snapshot;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedStoreExtension.class)
class AtomicImportTest {
    /** Rows per write transaction here, so that the small graph below takes several batches of each kind. */
    private static final int BATCH_ROWS = 25;
    /** Entities and relations of every kind, written in batches of {@link #BATCH_ROWS}: several batches of each. */
    private final IdentityGraph graph = StoreFixtures.generated(60, 120);

    @BeforeEach
    void smallBatches(Neo4jGraphStore store) {
        store.writeBatchSize(BATCH_ROWS);
    }

    @AfterEach
    void clearInterrupt(Neo4jGraphStore store) {
        Thread.interrupted();
        store.writeBatchSize(SnapshotWriter.BATCH_SIZE);
    }

    @Test
    void failureHalfwayThroughTheRelationsLeavesNoTrace(Neo4jGraphStore store) throws StoreException {
        List<Snapshot> before = store.list();
        AtomicReference<String> failedId = new AtomicReference<>("");
        WriteHook failOnSecondRelationBatch = (snapshotId, phase, written) -> {
            failedId.set(snapshotId);
            if (phase.equals("relations") && written > graph.entityCount() + graph.grants().size()) {
                throw new IllegalStateException("connection lost");
            }
        };

        StoreException error = assertThrows(StoreException.class,
                () -> store.save(graph, "fails", List.of(), ProgressListener.NONE, failOnSecondRelationBatch));

        assertEquals("Could not store the snapshot; nothing was stored. connection lost", error.getMessage());
        assertEquals(List.of(before, 0L, 0L),
                List.of(store.list(), StoreTraces.nodesOf(store, failedId.get()), StoreTraces.unfinishedNodes(store)));
    }

    @Test
    void failureBeforeTheFirstBatchLeavesNoTrace(Neo4jGraphStore store) throws StoreException {
        List<Snapshot> before = store.list();
        WriteHook failAtOnce = (snapshotId, phase, written) -> {
            throw new IllegalStateException("disk full");
        };

        assertThrows(StoreException.class,
                () -> store.save(graph, "fails", StoreFixtures.SOURCES, ProgressListener.NONE, failAtOnce));

        assertEquals(List.of(before, 0L), List.of(store.list(), StoreTraces.unfinishedNodes(store)));
    }

    @Test
    void cancellingBetweenBatchesLeavesNoTraceAndKeepsTheInterrupt(Neo4jGraphStore store) throws StoreException {
        List<Snapshot> before = store.list();
        ProgressListener cancelAfterFirstBatch = (message, done, total) -> {
            if (done > 0) {
                Thread.currentThread().interrupt();
            }
        };

        StoreException error = assertThrows(StoreException.class,
                () -> store.save(graph, "cancelled", List.of(), cancelAfterFirstBatch));

        assertTrue(Thread.interrupted(), "the interrupt must survive for the caller");
        assertEquals("The import was cancelled; nothing was stored.", error.getMessage());
        assertEquals(List.of(before, 0L), List.of(store.list(), StoreTraces.unfinishedNodes(store)));
    }
}
