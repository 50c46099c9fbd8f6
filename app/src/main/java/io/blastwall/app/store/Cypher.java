package io.blastwall.app.store;

import io.blastwall.model.EntityKind;
import io.blastwall.model.RelationKind;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every Cypher statement of the store. All of them are constant text and take their values as parameters; labels
 * and relationship types are parameters too ({@code $(row.label)}, {@code $(row.type)}), taken from the
 * {@link EntityKind} and {@link RelationKind} constants, never from data. The statement count does not depend on the
 * kinds, so a fresh server plans a handful of statements per import. See {@code docs/schema.md} for the schema
 * they write.
 */
final class Cypher {
    /** Constraints first (they also index their keys), then plain indexes; all idempotent. */
    static final List<String> SCHEMA = List.of(
            "CREATE CONSTRAINT snapshot_id IF NOT EXISTS FOR (s:Snapshot) REQUIRE s.id IS UNIQUE",
            "CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (e:Entity) REQUIRE e.key IS UNIQUE",
            "CREATE CONSTRAINT grant_key IF NOT EXISTS FOR (g:Grant) REQUIRE g.key IS UNIQUE",
            "CREATE INDEX entity_snapshot IF NOT EXISTS FOR (e:Entity) ON (e.snapshotId)",
            "CREATE INDEX entity_id IF NOT EXISTS FOR (e:Entity) ON (e.id)",
            "CREATE INDEX grant_snapshot IF NOT EXISTS FOR (g:Grant) ON (g.snapshotId)",
            "CREATE INDEX source_file_snapshot IF NOT EXISTS FOR (f:SourceFile) ON (f.snapshotId)",
            "CREATE INDEX snapshot_status IF NOT EXISTS FOR (s:Snapshot) ON (s.status)",
            "CREATE CONSTRAINT marking_key IF NOT EXISTS FOR (m:Marking) REQUIRE m.key IS UNIQUE",
            "CREATE INDEX marking_snapshot IF NOT EXISTS FOR (m:Marking) ON (m.snapshotId)",
            "CREATE CONSTRAINT evidence_key IF NOT EXISTS FOR (v:Evidence) REQUIRE v.key IS UNIQUE",
            "CREATE INDEX evidence_snapshot IF NOT EXISTS FOR (v:Evidence) ON (v.snapshotId)");

    static final String AWAIT_INDEXES = "CALL db.awaitIndexes($seconds)";

    /** {@code $snapshot} is the {@code :Snapshot} node's property map, {@code $sources} those of its files. */
    static final String BEGIN_SNAPSHOT = """
            CREATE (s:Snapshot)
            SET s = $snapshot
            WITH s
            UNWIND $sources AS source
            CREATE (s)-[:HAS_SOURCE]->(f:SourceFile)
            SET f = source""";

    static final String TOUCH_SNAPSHOT = "MATCH (s:Snapshot {id: $id}) SET s.updatedAt = $now";

    static final String COMPLETE_SNAPSHOT = """
            MATCH (s:Snapshot {id: $id, status: 'importing'})
            SET s.status = 'complete', s.updatedAt = $now
            RETURN count(s) AS updated""";

    static final String MARK_DELETING = """
            MATCH (s:Snapshot {id: $id})
            SET s.status = 'deleting', s.updatedAt = $now
            RETURN count(s) AS updated""";

    static final String CREATE_GRANTS = "UNWIND $rows AS row CREATE (g:Grant) SET g = row";

    /** Each row is the whole property map of one {@code :Evidence} node. */
    static final String CREATE_EVIDENCE = "UNWIND $rows AS row CREATE (v:Evidence) SET v = row";

    /**
     * Creates {@code :Entity} nodes of any kind: each row holds the kind's {@code label} and the node's
     * {@code properties}. One statement for every kind, so it is planned once per server start.
     */
    static final String CREATE_ENTITIES = """
            UNWIND $rows AS row
            CREATE (e:Entity:$(row.label))
            SET e = row.properties""";

    /**
     * Creates relationships of any kind: each row holds the endpoint keys {@code from, to}, the relationship
     * {@code type} and its {@code properties}. One statement for every kind, planned once per server start.
     */
    static final String CREATE_RELATIONS = """
            UNWIND $rows AS row
            MATCH (a:Entity {key: row.from})
            MATCH (b:Entity {key: row.to})
            CREATE (a)-[r:$(row.type)]->(b)
            SET r = row.properties
            RETURN count(r) AS created""";

    private static final String SNAPSHOT_COLUMNS = """
            OPTIONAL MATCH (s)-[:HAS_SOURCE]->(f:SourceFile)
            WITH s, f ORDER BY f.position
            WITH s, collect(f {.path, .sha256, .format, .bytes}) AS sources
            RETURN s.id AS id, s.label AS label, s.createdAt AS createdAt,
                   s.entityCount AS entityCount, s.relationCount AS relationCount, sources
            ORDER BY s.createdAt DESC, s.id DESC""";

    static final String LIST_SNAPSHOTS = "MATCH (s:Snapshot {status: 'complete'})\n" + SNAPSHOT_COLUMNS;

    static final String FIND_SNAPSHOT = "MATCH (s:Snapshot {id: $id, status: 'complete'})\n" + SNAPSHOT_COLUMNS;

    static final String LATEST_SNAPSHOT = LIST_SNAPSHOTS + "\nLIMIT 1";

    static final String UNFINISHED_SNAPSHOTS = """
            MATCH (s:Snapshot)
            WHERE s.status IN ['importing', 'deleting'] AND s.updatedAt <= $staleBefore
            RETURN s.id AS id, s.status AS status""";

    static final String LOAD_ENTITIES =
            "MATCH (e:Entity {snapshotId: $id}) RETURN properties(e) AS entity ORDER BY e.id";

    static final String LOAD_GRANTS =
            "MATCH (g:Grant {snapshotId: $id}) RETURN properties(g) AS properties ORDER BY g.id";

    static final String LOAD_EVIDENCE =
            "MATCH (v:Evidence {snapshotId: $id}) RETURN properties(v) AS evidence";

    static final String LOAD_RELATIONS = """
            MATCH (a:Entity {snapshotId: $id})-[r]->(b:Entity)
            RETURN a.id AS from, b.id AS to, type(r) AS kind, properties(r) AS relation
            ORDER BY r.id""";

    static final String DELETE_RELATIONS = """
            MATCH (:Entity {snapshotId: $id})-[r]->()
            WITH r LIMIT $limit
            DELETE r
            RETURN count(*) AS deleted""";

    static final String DELETE_ENTITIES = """
            MATCH (e:Entity {snapshotId: $id})
            WITH e LIMIT $limit
            DETACH DELETE e
            RETURN count(*) AS deleted""";

    static final String DELETE_GRANTS = """
            MATCH (g:Grant {snapshotId: $id})
            WITH g LIMIT $limit
            DELETE g
            RETURN count(*) AS deleted""";

    static final String DELETE_EVIDENCE = """
            MATCH (v:Evidence {snapshotId: $id})
            WITH v LIMIT $limit
            DELETE v
            RETURN count(*) AS deleted""";

    static final String SAVE_MARKING = """
            MATCH (s:Snapshot {id: $id, status: 'complete'})
            MATCH (e:Entity {key: $entityKey})
            MERGE (m:Marking {key: $entityKey})
            SET m.snapshotId = $id, m.entityId = e.id, m.marking = $marking, m.markedAt = $now
            RETURN count(m) AS saved""";

    static final String CLEAR_MARKING = "MATCH (m:Marking {key: $entityKey}) DELETE m";

    static final String LOAD_MARKINGS = """
            MATCH (m:Marking {snapshotId: $id})
            RETURN m.entityId AS entity, m.marking AS marking ORDER BY m.entityId""";

    static final String DELETE_MARKINGS = "MATCH (m:Marking {snapshotId: $id}) DELETE m";

    static final String DELETE_SOURCE_FILES = "MATCH (f:SourceFile {snapshotId: $id}) DETACH DELETE f";

    static final String DELETE_SNAPSHOT = "MATCH (s:Snapshot {id: $id}) DETACH DELETE s";

    private static final Map<EntityKind, String> LABELS = new EnumMap<>(EntityKind.class);

    static {
        for (EntityKind kind : EntityKind.values()) {
            LABELS.put(kind, pascalCase(kind));
        }
    }

    private Cypher() {}

    /** The extra label of an entity kind: {@code SERVICE_ACCOUNT} becomes {@code ServiceAccount}. */
    static String label(EntityKind kind) {
        return LABELS.get(kind);
    }

    private static String pascalCase(EntityKind kind) {
        return Arrays.stream(kind.name().split("_"))
                .map(word -> word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT))
                .collect(Collectors.joining());
    }
}
