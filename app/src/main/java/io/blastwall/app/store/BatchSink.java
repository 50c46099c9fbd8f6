package io.blastwall.app.store;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * Where the rows of one import go, one transaction per batch: Cypher over the driver ({@link CypherBatches}, any
 * server) or the embedded server's own Java API ({@link EmbeddedBatches}). Both write the same rows, made by
 * {@link RowMapper}, into the same schema.
 */
interface BatchSink {
    /** What a batch holds; each kind has its statement in {@link Cypher}. */
    enum Rows {
        ENTITIES(Cypher.CREATE_ENTITIES),
        GRANTS(Cypher.CREATE_GRANTS),
        EVIDENCE(Cypher.CREATE_EVIDENCE),
        RELATIONS(Cypher.CREATE_RELATIONS);

        private final String statement;

        Rows(String statement) {
            this.statement = statement;
        }

        String statement() {
            return statement;
        }
    }

    /** Creates the {@code :Snapshot} node with these properties and its {@code :SourceFile}s, in one transaction. */
    void begin(Map<String, Object> snapshot, List<Map<String, Object>> sources) throws StoreException;

    /**
     * Sets the snapshot's status from {@code importing} to {@code complete}.
     *
     * @return 1, or 0 when the snapshot is no longer there or no longer importing
     */
    long complete(ZonedDateTime now) throws StoreException;

    /**
     * Writes the rows and sets the snapshot's {@code updatedAt} to {@code now}, in one transaction.
     *
     * @return how many rows were written: for relations, those whose two endpoints were found
     */
    long write(Rows kind, List<Map<String, Object>> rows, ZonedDateTime now) throws StoreException;
}
