package io.blastwall.app.store;

import io.blastwall.analysis.CrownJewelMarking;
import io.blastwall.analysis.CrownJewelMarkings;
import io.blastwall.model.EntityId;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;

/**
 * The analyst's crown-jewel markings, one {@code :Marking} node per marked entity of a snapshot, keyed like the
 * entity ({@code snapshotId|entityId}). They belong to the snapshot and are erased with it.
 */
final class MarkingStore {
    private final Transactions transactions;
    private final Clock clock;

    MarkingStore(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    CrownJewelMarkings load(String snapshotId) throws StoreException {
        Map<EntityId, CrownJewelMarking> marks = transactions.read("read the crown-jewel markings of " + snapshotId,
                tx -> {
                    Map<EntityId, CrownJewelMarking> found = new TreeMap<>();
                    tx.run(Cypher.LOAD_MARKINGS, Map.of("id", snapshotId)).forEachRemaining(r -> found.put(
                            EntityId.of(r.get("entity").asString()), CrownJewelMarking.valueOf(r.get("marking").asString())));
                    return found;
                });
        return new CrownJewelMarkings(marks);
    }

    void save(String snapshotId, EntityId entity, CrownJewelMarking marking) throws StoreException {
        Map<String, Object> parameters = Map.of("id", snapshotId, "entityKey", RowMapper.key(snapshotId, entity.value()),
                "marking", marking.name(), "now", SnapshotEraser.utc(clock.instant()));
        long saved = transactions.write("mark " + entity + " in snapshot " + snapshotId,
                tx -> tx.run(Cypher.SAVE_MARKING, parameters).single().get("saved").asLong());
        if (saved == 0) {
            throw new StoreException("There is no entity " + entity + " in snapshot " + snapshotId + ".");
        }
    }

    void clear(String snapshotId, EntityId entity) throws StoreException {
        transactions.write("unmark " + entity + " in snapshot " + snapshotId, tx -> tx.run(Cypher.CLEAR_MARKING,
                Map.of("entityKey", RowMapper.key(snapshotId, entity.value()))).consume());
    }
}
