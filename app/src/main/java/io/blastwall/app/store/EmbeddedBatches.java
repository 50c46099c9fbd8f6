package io.blastwall.app.store;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;

/**
 * Writes a snapshot through the embedded server's Java API, each batch (and the start and completion) in one of
 * its transactions: the same nodes, relationships and properties as the {@link Cypher} statements, without Cypher
 * planning or Bolt. Relationship
 * endpoints are the nodes this import created (remembered by key, so no index lookup), else found by the
 * {@code entity_key} index. One instance per import.
 */
final class EmbeddedBatches implements BatchSink {
    private static final Label ENTITY = Label.label("Entity");
    private static final Label GRANT = Label.label("Grant");
    private static final Label EVIDENCE = Label.label("Evidence");
    private static final Label SNAPSHOT = Label.label("Snapshot");
    private static final Label SOURCE_FILE = Label.label("SourceFile");
    private static final RelationshipType HAS_SOURCE = RelationshipType.withName("HAS_SOURCE");

    private final GraphDatabaseService database;
    private final String snapshotId;
    private final Map<String, String> entityNodes = new HashMap<>();
    private final Map<String, Label> labels = new HashMap<>();
    private final Map<String, RelationshipType> types = new HashMap<>();

    EmbeddedBatches(GraphDatabaseService database, String snapshotId) {
        this.database = database;
        this.snapshotId = snapshotId;
    }

    @Override
    public void begin(Map<String, Object> snapshot, List<Map<String, Object>> sources) throws StoreException {
        try (Transaction tx = database.beginTx()) {
            Node node = tx.createNode(SNAPSHOT);
            setAll(node, snapshot);
            for (Map<String, Object> source : sources) {
                Node file = tx.createNode(SOURCE_FILE);
                setAll(file, source);
                node.createRelationshipTo(file, HAS_SOURCE);
            }
            tx.commit();
        } catch (RuntimeException e) {
            throw new StoreException("Could not start snapshot " + snapshotId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public long complete(ZonedDateTime now) throws StoreException {
        try (Transaction tx = database.beginTx()) {
            Node snapshot = tx.findNode(SNAPSHOT, "id", snapshotId);
            if (snapshot == null || !"importing".equals(snapshot.getProperty("status", null))) {
                return 0;
            }
            snapshot.setProperty("status", "complete");
            snapshot.setProperty("updatedAt", now);
            tx.commit();
            return 1;
        } catch (RuntimeException e) {
            throw new StoreException("Could not complete snapshot " + snapshotId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public long write(Rows kind, List<Map<String, Object>> rows, ZonedDateTime now) throws StoreException {
        Map<String, String> created = new HashMap<>();
        long written;
        try (Transaction tx = database.beginTx()) {
            written = switch (kind) {
                case ENTITIES -> createEntities(tx, rows, created);
                case GRANTS -> createNodes(tx, GRANT, rows);
                case EVIDENCE -> createNodes(tx, EVIDENCE, rows);
                case RELATIONS -> createRelationships(tx, rows);
            };
            Node snapshot = tx.findNode(SNAPSHOT, "id", snapshotId);
            if (snapshot == null) {
                throw new StoreException("Snapshot " + snapshotId + " disappeared while it was being stored.");
            }
            snapshot.setProperty("updatedAt", now);
            tx.commit();
        } catch (RuntimeException e) {
            throw new StoreException("Could not store snapshot " + snapshotId + ": " + e.getMessage(), e);
        }
        entityNodes.putAll(created);
        return written;
    }

    private long createEntities(Transaction tx, List<Map<String, Object>> rows, Map<String, String> created) {
        for (Map<String, Object> row : rows) {
            Label kind = labels.computeIfAbsent((String) row.get("label"), Label::label);
            Node node = tx.createNode(ENTITY, kind);
            Map<String, Object> properties = properties(row);
            setAll(node, properties);
            created.put((String) properties.get("key"), node.getElementId());
        }
        return rows.size();
    }

    private static long createNodes(Transaction tx, Label label, List<Map<String, Object>> rows) {
        for (Map<String, Object> row : rows) {
            setAll(tx.createNode(label), row);
        }
        return rows.size();
    }

    private long createRelationships(Transaction tx, List<Map<String, Object>> rows) {
        long created = 0;
        for (Map<String, Object> row : rows) {
            Node from = entity(tx, (String) row.get("from"));
            Node to = entity(tx, (String) row.get("to"));
            if (from == null || to == null) {
                continue;
            }
            RelationshipType type = types.computeIfAbsent((String) row.get("type"), RelationshipType::withName);
            Relationship relationship = from.createRelationshipTo(to, type);
            setAll(relationship, properties(row));
            created++;
        }
        return created;
    }

    private Node entity(Transaction tx, String key) {
        String elementId = entityNodes.get(key);
        return elementId != null ? tx.getNodeByElementId(elementId) : tx.findNode(ENTITY, "key", key);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(Map<String, Object> row) {
        return (Map<String, Object>) row.get("properties");
    }

    private static void setAll(org.neo4j.graphdb.Entity target, Map<String, Object> properties) {
        properties.forEach((name, value) -> target.setProperty(name, storable(value)));
    }

    /**
     * A row value as the Java API stores it, the same as Cypher stores the parameter: lists become arrays, integers
     * longs.
     */
    private static Object storable(Object value) {
        if (value instanceof List<?> list) {
            if (list.isEmpty() || list.get(0) instanceof String) {
                return list.toArray(String[]::new);
            }
            return list.stream().mapToLong(element -> ((Number) element).longValue()).toArray();
        }
        if (value instanceof Integer number) {
            return number.longValue();
        }
        return value;
    }
}
