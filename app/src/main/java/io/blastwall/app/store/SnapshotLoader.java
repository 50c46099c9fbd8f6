package io.blastwall.app.store;

import io.blastwall.analysis.ProgressListener;
import io.blastwall.model.Evidence;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Snapshot;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Value;

/**
 * Reads a whole snapshot back with four bulk queries (entities, grants, evidence, relations), streaming the records
 * into an {@link IdentityGraph.Builder}. Relations that share a statement share its {@link Evidence} value.
 */
final class SnapshotLoader {
    private static final int PROGRESS_STEP = 5_000;

    private final Transactions transactions;

    SnapshotLoader(Transactions transactions) {
        this.transactions = transactions;
    }

    IdentityGraph load(Snapshot snapshot, ProgressListener progress) throws StoreException {
        IdentityGraph.Builder builder = IdentityGraph.builder();
        long total = (long) snapshot.entityCount() + snapshot.relationCount();
        Counter counter = new Counter(progress, total);
        Counter uncounted = new Counter(ProgressListener.NONE, 0);
        try {
            read(snapshot, Cypher.LOAD_ENTITIES, r -> builder.entity(RecordMapper.entity(r.get("entity"))), counter);
            read(snapshot, Cypher.LOAD_GRANTS, r -> builder.grant(RecordMapper.grant(r.get("properties"))), uncounted);
            Map<Long, Evidence> evidence = new HashMap<>();
            read(snapshot, Cypher.LOAD_EVIDENCE, r -> {
                Value node = r.get("evidence");
                evidence.put(RecordMapper.evidenceNumber(node), RecordMapper.evidence(node));
            }, uncounted);
            read(snapshot, Cypher.LOAD_RELATIONS, r -> builder.relation(RecordMapper.relation(r, evidence)), counter);
            IdentityGraph graph = builder.build();
            progress.progress("Read snapshot", total, total);
            return graph;
        } catch (CancellationException e) {
            throw new StoreException("Loading snapshot " + snapshot.id() + " was cancelled.", e);
        } catch (IllegalArgumentException e) {
            throw new StoreException("Snapshot " + snapshot.id() + " is damaged and cannot be read: "
                    + e.getMessage(), e);
        }
    }

    private void read(Snapshot snapshot, String query, Consumer<Record> sink, Counter counter)
            throws StoreException {
        transactions.read("read snapshot " + snapshot.id(), tx -> {
            Result result = tx.run(query, Map.of("id", snapshot.id()));
            while (result.hasNext()) {
                sink.accept(result.next());
                counter.step();
            }
            return result.consume();
        });
    }

    /** Counts records, reports progress and notices cancellation every few thousand records. */
    private static final class Counter {
        private final ProgressListener progress;
        private final long total;
        private long count;

        Counter(ProgressListener progress, long total) {
            this.progress = progress;
            this.total = total;
        }

        void step() {
            count++;
            if (count % PROGRESS_STEP == 0) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("loading cancelled");
                }
                progress.progress("Reading snapshot", Math.min(count, total), total);
            }
        }
    }
}
