package io.blastwall.app.store;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/** Writes each batch with its {@code UNWIND $rows} statement of {@link Cypher} through the driver. */
final class CypherBatches implements BatchSink {
    private final Transactions transactions;
    private final String snapshotId;

    CypherBatches(Transactions transactions, String snapshotId) {
        this.transactions = transactions;
        this.snapshotId = snapshotId;
    }

    @Override
    public void begin(Map<String, Object> snapshot, List<Map<String, Object>> sources) throws StoreException {
        transactions.write("start snapshot " + snapshotId, tx -> tx.run(Cypher.BEGIN_SNAPSHOT,
                Map.of("snapshot", snapshot, "sources", sources)).consume());
    }

    @Override
    public long complete(ZonedDateTime now) throws StoreException {
        return transactions.write("complete snapshot " + snapshotId, tx -> tx.run(Cypher.COMPLETE_SNAPSHOT,
                        Map.of("id", snapshotId, "now", now))
                .single().get("updated").asLong());
    }

    @Override
    public long write(Rows kind, List<Map<String, Object>> rows, ZonedDateTime now) throws StoreException {
        Map<String, Object> touch = Map.of("id", snapshotId, "now", now);
        return transactions.write("store snapshot " + snapshotId, tx -> {
            var result = tx.run(kind.statement(), Map.of("rows", rows));
            long created = result.hasNext() ? result.next().get("created").asLong() : rows.size();
            tx.run(Cypher.TOUCH_SNAPSHOT, touch).consume();
            return created;
        });
    }
}
