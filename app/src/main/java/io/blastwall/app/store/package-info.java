/**
 * The Neo4j store: the only code that uses the Neo4j driver, and Neo4j's Java API for the embedded server's writes.
 *
 * <p>Public API: {@link io.blastwall.app.store.GraphStore} implemented by
 * {@link io.blastwall.app.store.Neo4jGraphStore} ({@code embedded(Path)} starts an
 * {@link io.blastwall.app.store.EmbeddedNeo4j} and connects over Bolt, {@code remote(...)} connects to a
 * server), and the read-only {@link io.blastwall.app.store.CypherConsole}. Failures are
 * {@link io.blastwall.app.store.StoreException}s with messages fit for a user.
 *
 * <h2>Schema</h2>
 * (Full description with example queries: {@code docs/schema.md}.)
 * <ul>
 *   <li>Uniqueness constraints, created first: {@code (:Snapshot {id})}, {@code (:Entity {key})},
 *       {@code (:Grant {key})}, {@code (:Evidence {key})}, where {@code key = snapshotId + '|' + id}. Range
 *       indexes on {@code :Entity(snapshotId)}, {@code :Entity(id)}, {@code :Grant(snapshotId)},
 *       {@code :Evidence(snapshotId)},
 *       {@code :SourceFile(snapshotId)}, {@code :Snapshot(status)}.</li>
 *   <li>{@code (:Snapshot {id, label, createdAt, updatedAt, status, entityCount, relationCount})
 *       -[:HAS_SOURCE]->(:SourceFile {snapshotId, position, path, sha256, format, bytes})};
 *       status is {@code importing}, {@code complete} or {@code deleting}; only complete snapshots are
 *       listed.</li>
 *   <li>{@code (:Entity:<Kind> {key, id, snapshotId, kind, provider, nativeType, name, sensitivity,
 *       tag.<k>..., prop.<k>...})}: one extra label per {@code EntityKind} in PascalCase ({@code :Role},
 *       {@code :AiAgent}, {@code :ServiceAccount}, {@code :Resource}...); tags and properties flattened into
 *       prefixed string properties; enums stored by name. Snapshot membership is the indexed
 *       {@code snapshotId} property, not a relationship (no super node, no extra write per entity).</li>
 *   <li>Relations are relationships typed by {@code RelationKind} name ({@code :CAN_ASSUME},
 *       {@code :CAN_ACCESS}...) between two entities of the same snapshot, with
 *       {@code {id, access, confidence, rule, actions (sorted list), grants (list of grant ids),
 *       conditions (list), evidence (list of evidence numbers)}}; empty lists are left out.</li>
 *   <li>{@code (:Evidence {key, id, snapshotId, sourceFile, location, text})}: each distinct statement behind
 *       relations once per snapshot, {@code id} a number referenced from relationships' {@code evidence}
 *       lists.</li>
 *   <li>{@code (:Grant {key, id, snapshotId, kind, holder, subject, description, sourceFile, location, text,
 *       lastUsed})}, referenced by id from relationships' {@code grants} lists.</li>
 * </ul>
 *
 * <h2>Writes</h2>
 * All-or-nothing per snapshot: the snapshot node is created {@code importing}; entities, grants, evidence and
 * relations follow in batches of 5,000 rows, each in its own transaction; the status becomes {@code complete}
 * last. On a server every batch is one {@code UNWIND $rows} statement for all kinds ({@link
 * io.blastwall.app.store.CypherBatches}); the embedded server is written through Neo4j's Java API in the same
 * process ({@link io.blastwall.app.store.EmbeddedBatches}), without Cypher planning or Bolt. A failure or an interrupt between batches erases the snapshot in
 * batches; a crash leaves it {@code importing}, and the next open of the store erases it.
 */
package io.blastwall.app.store;
