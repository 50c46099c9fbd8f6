package io.blastwall.app.store;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes everything of one snapshot in transactions of bounded size: relationships, entities, grants,
 * evidence, source files and crown-jewel markings, and the {@code :Snapshot} node last, so an interrupted erase is
 * found and finished later.
 */
final class SnapshotEraser {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotEraser.class);
    static final int BATCH_SIZE = 10_000;

    private final Transactions transactions;
    private final Clock clock;

    SnapshotEraser(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Hides the snapshot from listings at once, then erases it; a crash in between is finished on next open. */
    void delete(String snapshotId) throws StoreException {
        transactions.write("delete snapshot " + snapshotId, tx -> tx.run(Cypher.MARK_DELETING,
                        Map.of("id", snapshotId, "now", now()))
                .consume());
        erase(snapshotId);
    }

    /** Erases every trace of the snapshot, whatever its status. */
    void erase(String snapshotId) throws StoreException {
        long relations = eraseInBatches(Cypher.DELETE_RELATIONS, snapshotId);
        long entities = eraseInBatches(Cypher.DELETE_ENTITIES, snapshotId);
        long grants = eraseInBatches(Cypher.DELETE_GRANTS, snapshotId);
        eraseInBatches(Cypher.DELETE_EVIDENCE, snapshotId);
        transactions.write("delete snapshot " + snapshotId, tx -> {
            tx.run(Cypher.DELETE_SOURCE_FILES, Map.of("id", snapshotId)).consume();
            tx.run(Cypher.DELETE_MARKINGS, Map.of("id", snapshotId)).consume();
            return tx.run(Cypher.DELETE_SNAPSHOT, Map.of("id", snapshotId)).consume();
        });
        LOG.info("Erased snapshot {}: {} entities, {} relations, {} grants", snapshotId, entities, relations, grants);
    }

    /** Finishes imports and deletions that stopped (a crash) and were last active before {@code staleBefore}. */
    void eraseUnfinished(Instant staleBefore) throws StoreException {
        List<String> unfinished = transactions.read("look for unfinished imports", tx -> tx.run(
                        Cypher.UNFINISHED_SNAPSHOTS, Map.of("staleBefore", utc(staleBefore)))
                .list(record -> record.get("id").asString()));
        for (String snapshotId : unfinished) {
            LOG.warn("Removing snapshot {}: its import or deletion did not finish", snapshotId);
            erase(snapshotId);
        }
    }

    private long eraseInBatches(String statement, String snapshotId) throws StoreException {
        Map<String, Object> parameters = Map.of("id", snapshotId, "limit", BATCH_SIZE);
        long total = 0;
        long deleted;
        do {
            deleted = transactions.write("delete snapshot " + snapshotId,
                    tx -> tx.run(statement, parameters).single().get("deleted").asLong());
            total += deleted;
        } while (deleted > 0);
        return total;
    }

    private ZonedDateTime now() {
        return utc(clock.instant());
    }

    static ZonedDateTime utc(Instant instant) {
        return ZonedDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
