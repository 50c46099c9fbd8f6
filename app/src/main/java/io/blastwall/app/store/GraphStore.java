package io.blastwall.app.store;

import io.blastwall.analysis.CrownJewelMarking;
import io.blastwall.analysis.CrownJewelMarkings;
import io.blastwall.analysis.ProgressListener;
import io.blastwall.model.EntityId;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Snapshot;
import io.blastwall.model.SourceFile;
import java.util.List;
import java.util.Optional;

/** The system of record: every snapshot lives here. The only code that talks to Neo4j implements this. */
public interface GraphStore extends AutoCloseable {

    /** Writes a whole snapshot in one go; on any failure nothing of it remains. */
    Snapshot save(IdentityGraph graph, String label, List<SourceFile> sources, ProgressListener progress)
            throws StoreException;

    /** All snapshots, newest first. */
    List<Snapshot> list() throws StoreException;

    Optional<Snapshot> find(String snapshotId) throws StoreException;

    /** The newest snapshot, if any. */
    Optional<Snapshot> latest() throws StoreException;

    /** Reads a snapshot back into plain values for analysis. */
    IdentityGraph load(String snapshotId, ProgressListener progress) throws StoreException;

    void delete(String snapshotId) throws StoreException;

    /** The analyst's crown-jewel markings of a snapshot; none for a snapshot without any (or unknown). */
    CrownJewelMarkings markings(String snapshotId) throws StoreException;

    /**
     * Stores the analyst's marking of one entity of a snapshot, replacing an earlier one; a
     * {@link StoreException} when the snapshot or the entity in it does not exist.
     */
    void saveMarking(String snapshotId, EntityId entity, CrownJewelMarking marking) throws StoreException;

    /** Removes the analyst's marking of one entity (the import's classification applies again). */
    void clearMarking(String snapshotId, EntityId entity) throws StoreException;

    /** A Cypher console on the same database: read-only unless the caller asks to write. */
    CypherConsole console();

    /** A short description of where data lives, for status lines ("embedded at ~/.blastwall/neo4j"). */
    String describe();

    @Override
    void close();
}
