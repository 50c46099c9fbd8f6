package io.blastwall.app.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.blastwall.analysis.ProgressListener;
import io.blastwall.app.testing.EmbeddedStoreExtension;
import io.blastwall.model.EntityKind;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Snapshot;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Cypher write path, which a Neo4j server gets (the embedded store writes through Neo4j's Java API instead): a
 * store connected over Bolt to the embedded server writes what the embedded store reads back unchanged, and a
 * failed write leaves nothing.
 */
@ExtendWith(EmbeddedStoreExtension.class)
class BoltWriteTest {
    @Test
    void writesOverBoltWhatTheEmbeddedStoreReadsBack(Neo4jGraphStore embedded) throws StoreException {
        IdentityGraph graph = StoreFixtures.everyKind();
        String kinds = Integer.toString(EntityKind.values().length);
        try (Neo4jGraphStore remote = Neo4jGraphStore.remote(embedded.address(), "", "", "neo4j")) {
            Snapshot saved = remote.save(graph, "over bolt", StoreFixtures.SOURCES, ProgressListener.NONE);
            try {
                IdentityGraph loaded = embedded.load(saved.id(), ProgressListener.NONE);
                CypherResult labels = embedded.console().run("""
                        MATCH (e:Entity {snapshotId: $id})
                        RETURN count(e), count(DISTINCT [label IN labels(e) WHERE label <> 'Entity'][0])""",
                        Map.of("id", saved.id()));

                assertEquals(
                        List.of(StoreFixtures.entitiesById(graph), StoreFixtures.grantsById(graph),
                                StoreFixtures.relationsById(graph), List.of(List.of(kinds, kinds))),
                        List.of(StoreFixtures.entitiesById(loaded), StoreFixtures.grantsById(loaded),
                                StoreFixtures.relationsById(loaded), labels.rows()));
            } finally {
                remote.delete(saved.id());
            }
        }
    }

    @Test
    void aFailedWriteOverBoltLeavesNoTrace(Neo4jGraphStore embedded) throws StoreException {
        IdentityGraph graph = StoreFixtures.generated(60, 120);
        try (Neo4jGraphStore remote = Neo4jGraphStore.remote(embedded.address(), "", "", "neo4j")) {
            remote.writeBatchSize(25);
            AtomicReference<String> failedId = new AtomicReference<>("");
            WriteHook failOnSecondRelationBatch = (snapshotId, phase, written) -> {
                failedId.set(snapshotId);
                if (phase.equals("relations") && written > graph.entityCount() + graph.grants().size()) {
                    throw new IllegalStateException("connection lost");
                }
            };

            assertThrows(StoreException.class, () -> remote.save(graph, "fails over bolt", List.of(),
                    ProgressListener.NONE, failOnSecondRelationBatch));

            assertEquals(List.of(0L, 0L),
                    List.of(StoreTraces.nodesOf(embedded, failedId.get()), StoreTraces.unfinishedNodes(embedded)));
        }
    }
}
