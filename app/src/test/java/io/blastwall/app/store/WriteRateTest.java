package io.blastwall.app.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.blastwall.analysis.ProgressListener;
import io.blastwall.app.testing.EmbeddedStoreExtension;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Snapshot;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Writes, reads and deletes a 100k-relation snapshot (several batches per relation kind, several delete
 * batches) and prints the rates; they are measured, not asserted.
 */
@ExtendWith(EmbeddedStoreExtension.class)
class WriteRateTest {
    private static final int ENTITIES = 20_000;
    private static final int RELATIONS = 100_000;

    @Test
    void storesLoadsAndDeletesAHundredThousandRelations(Neo4jGraphStore store) throws StoreException {
        IdentityGraph graph = StoreFixtures.generated(ENTITIES, RELATIONS);

        long start = System.nanoTime();
        Snapshot saved = store.save(graph, "write rate", List.of(), ProgressListener.NONE);
        long written = System.nanoTime();
        IdentityGraph loaded = store.load(saved.id(), ProgressListener.NONE);
        long read = System.nanoTime();
        store.delete(saved.id());

        long deleted = System.nanoTime();

        report("write", graph, written - start);
        report("load", graph, read - written);
        report("delete", graph, deleted - read);
        assertEquals(StoreFixtures.relationsById(graph), StoreFixtures.relationsById(loaded));
        assertEquals(0L, StoreTraces.nodesOf(store, saved.id()));
    }

    private static void report(String what, IdentityGraph graph, long nanos) {
        double seconds = nanos / 1e9;
        String line = "%s of %,d entities, %,d grants, %,d relations: %.1f s, %,.0f relations/s".formatted(
                what, graph.entityCount(), graph.grants().size(), graph.relationCount(), seconds,
                graph.relationCount() / seconds);
        System.out.println("[WriteRateTest] " + line);
    }
}
