package io.blastwall.app.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.app.testing.EmbeddedStoreExtension;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedStoreExtension.class)
class RemoteStoreTest {
    @Test
    void refusesAnAddressThatIsNotNeo4j() {
        StoreException error = assertThrows(StoreException.class,
                () -> Neo4jGraphStore.remote(URI.create("http://localhost:7474"), "neo4j", "secret", ""));

        assertTrue(error.getMessage().startsWith("'http://localhost:7474' is not a Neo4j address"), error.getMessage());
    }

    @Test
    void explainsThatAServerCannotBeReached() {
        StoreException error = assertThrows(StoreException.class,
                () -> Neo4jGraphStore.remote(URI.create("bolt://127.0.0.1:1"), "neo4j", "secret", ""));

        assertTrue(error.getMessage().startsWith("Cannot connect to Neo4j at bolt://127.0.0.1:1"), error.getMessage());
    }

    @Test
    void neverShowsTheUserInfoOfTheAddress() {
        StoreException error = assertThrows(StoreException.class, () -> Neo4jGraphStore.remote(
                URI.create("bolt://neo4j:hunter2@127.0.0.1:1"), "neo4j", "hunter2", ""));

        assertTrue(!error.getMessage().contains("hunter2"), error.getMessage());
    }

    @Test
    void readsTheSameSnapshotsAsTheEmbeddedStoreOverBolt(Neo4jGraphStore embedded) throws StoreException {
        try (Neo4jGraphStore remote = Neo4jGraphStore.remote(embedded.address(), "", "", "neo4j")) {
            assertEquals(embedded.list(), remote.list());
        }
    }
}
