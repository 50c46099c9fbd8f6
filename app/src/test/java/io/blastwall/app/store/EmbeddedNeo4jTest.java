package io.blastwall.app.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

/** Stores of their own, in their own directories, beside the shared test store. */
class EmbeddedNeo4jTest {
    @TempDir
    Path directory;

    @Test
    void refusesASecondStoreOnTheSameDirectoryAndKeepsTheFirst() throws StoreException {
        try (Neo4jGraphStore first = Neo4jGraphStore.embedded(directory)) {
            StoreException error = assertThrows(StoreException.class, () -> Neo4jGraphStore.embedded(directory));

            assertEquals("The data directory " + directory.toAbsolutePath() + " is in use by another Blastwall"
                    + " (or another Neo4j). Close it, or choose another data directory.", error.getMessage());
            assertEquals(List.of(), first.list(), "the first store keeps working");
        }
    }

    @Test
    void removesTheLeftoversOfACrashedImportWhenOpened() throws StoreException {
        String crashed = "2026-01-01T00-00-00-dead00";
        try (Neo4jGraphStore store = Neo4jGraphStore.embedded(directory)) {
            plantCrashedImport(store, crashed);
        }

        try (Neo4jGraphStore reopened = Neo4jGraphStore.embedded(directory)) {
            assertEquals(List.of(0L, List.of()), List.of(StoreTraces.nodesOf(reopened, crashed), reopened.list()));
        }
    }

    /** What a JVM killed in the middle of an import leaves: an importing snapshot with part of its content. */
    private static void plantCrashedImport(Neo4jGraphStore store, String snapshotId) {
        try (Driver driver = GraphDatabase.driver(store.address(), AuthTokens.none());
                Session session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run("""
                    CREATE (s:Snapshot {id: $id, label: 'crashed', status: 'importing', createdAt: $now,
                                        updatedAt: $now, entityCount: 2, relationCount: 1})
                    CREATE (s)-[:HAS_SOURCE]->(:SourceFile {snapshotId: $id, position: 0, path: 'a.json',
                                                             sha256: '', format: 'aws-gaad', bytes: 1})
                    CREATE (a:Entity:Role {key: $id + '|a', id: 'a', snapshotId: $id})
                    CREATE (b:Entity:Resource {key: $id + '|b', id: 'b', snapshotId: $id})
                    CREATE (a)-[:CAN_ACCESS {id: 'r'}]->(b)
                    CREATE (:Grant {key: $id + '|g', id: 'g', snapshotId: $id})""",
                    Map.of("id", snapshotId, "now", ZonedDateTime.now(ZoneOffset.UTC))).consume());
        }
    }
}
