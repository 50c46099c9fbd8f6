package io.blastwall.app.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.analysis.ProgressListener;
import io.blastwall.app.testing.EmbeddedStoreExtension;
import io.blastwall.model.AccessLevel;
import io.blastwall.model.Confidence;
import io.blastwall.model.Entity;
import io.blastwall.model.EntityId;
import io.blastwall.model.EntityKind;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Provider;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationId;
import io.blastwall.model.RelationKind;
import io.blastwall.model.Snapshot;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedStoreExtension.class)
class CypherConsoleTest {
    @Test
    void returnsColumnsAndRowsAsText(Neo4jGraphStore store) throws StoreException {
        CypherResult result = store.console().run(
                "UNWIND [1, 2] AS n RETURN n, 'text ' + n AS label, [n, 'a'] AS list, {k: n} AS map");

        assertEquals(new CypherResult(List.of("n", "label", "list", "map"), List.of(
                        List.of("1", "text 1", "[1, \"a\"]", "{k: 1}"),
                        List.of("2", "text 2", "[2, \"a\"]", "{k: 2}")), false),
                result);
    }

    @Test
    void writesRelationshipsAndPathsLikeCypher(Neo4jGraphStore store) throws StoreException {
        Entity role = Entity.of(EntityId.of("role"), EntityKind.ROLE, Provider.AWS, "AWS::IAM::Role", "Role");
        Entity bucket = Entity.of(EntityId.of("bucket"), EntityKind.RESOURCE, Provider.AWS, "AWS::S3::Bucket", "B");
        Relation access = new Relation(RelationId.of("r"), role.id(), bucket.id(), RelationKind.CAN_ACCESS,
                AccessLevel.READ, Set.of("s3:GetObject"), List.of(), Confidence.PROVEN, "R-1", List.of());
        IdentityGraph graph = IdentityGraph.builder().entity(role).entity(bucket).relation(access).build();
        Snapshot saved = store.save(graph, "console", List.of(), ProgressListener.NONE);

        List<String> row = store.console().run(
                "MATCH p = (a:Entity {snapshotId: $id})-[r]->(b) RETURN a, r, b, p", Map.of("id", saved.id()))
                .rows().get(0);
        store.delete(saved.id());

        assertEquals(List.of(
                        "[:CAN_ACCESS {access: \"READ\", actions: [\"s3:GetObject\"],"
                                + " confidence: \"PROVEN\", id: \"r\", rule: \"R-1\"}]",
                        row.get(0) + "-" + row.get(1) + "->" + row.get(2)),
                List.of(row.get(1), row.get(3)));
    }

    @Test
    void stopsAfterTheMaximumNumberOfRows(Neo4jGraphStore store) throws StoreException {
        CypherResult result = store.console().run("UNWIND range(1, $n) AS n RETURN n",
                Map.of("n", CypherConsole.MAX_ROWS + 5));

        assertEquals(List.of(CypherConsole.MAX_ROWS, true), List.of(result.rows().size(), result.truncated()));
    }

    @Test
    void refusesToWrite(Neo4jGraphStore store) {
        StoreException error = assertThrows(StoreException.class,
                () -> store.console().run("CREATE (:Intruder {name: 'x'})"));

        assertTrue(error.getMessage().startsWith("Could not run the query: "), error.getMessage());
    }

    @Test
    void refusesAnEmptyQuery(Neo4jGraphStore store) {
        StoreException error = assertThrows(StoreException.class, () -> store.console().run("  "));

        assertEquals("Type a Cypher query first.", error.getMessage());
    }
}
