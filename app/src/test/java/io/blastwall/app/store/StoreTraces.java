package io.blastwall.app.store;

import java.util.Map;

/** Counts what a snapshot left in the database, through the read-only console. */
final class StoreTraces {
    private StoreTraces() {}

    /** Nodes of any label that belong to the snapshot, including its {@code :Snapshot} node. */
    static long nodesOf(Neo4jGraphStore store, String snapshotId) throws StoreException {
        return count(store, """
                MATCH (n)
                WHERE n.snapshotId = $id OR (n:Snapshot AND n.id = $id)
                RETURN count(n)""", Map.of("id", snapshotId));
    }

    /** Nodes of snapshots that are not complete: what a failed or crashed import would leave behind. */
    static long unfinishedNodes(Neo4jGraphStore store) throws StoreException {
        return count(store, """
                MATCH (n)
                WHERE (n:Snapshot AND n.status <> 'complete')
                   OR (n.snapshotId IS NOT NULL
                       AND NOT EXISTS { MATCH (:Snapshot {id: n.snapshotId, status: 'complete'}) })
                RETURN count(n)""", Map.of());
    }

    private static long count(Neo4jGraphStore store, String query, Map<String, Object> parameters)
            throws StoreException {
        return Long.parseLong(store.console().run(query, parameters).rows().get(0).get(0));
    }
}
