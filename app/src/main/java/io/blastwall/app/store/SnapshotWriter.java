package io.blastwall.app.store;

import io.blastwall.analysis.ProgressListener;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Snapshot;
import io.blastwall.model.SourceFile;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.neo4j.graphdb.GraphDatabaseService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one snapshot all-or-nothing. The {@code :Snapshot} node is created first with status
 * {@code importing}; entities, grants, the distinct relation evidence ({@link EvidenceTable}) and relations follow
 * in transactions of {@value #BATCH_SIZE} rows, through a {@link BatchSink}; the status becomes {@code complete}
 * last. On any failure, or when the thread is
 * interrupted between batches, everything written for the snapshot is erased before the exception leaves.
 */
final class SnapshotWriter {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotWriter.class);
    static final int BATCH_SIZE = 5_000;
    private static final DateTimeFormatter ID_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH-mm-ss").withZone(ZoneOffset.UTC);

    private final Transactions transactions;
    private final SnapshotEraser eraser;
    private final Clock clock;
    private volatile int batchSize = BATCH_SIZE;

    private final Optional<GraphDatabaseService> embedded;

    /**
     * @param embedded the embedded server's database, written through its Java API ({@link EmbeddedBatches});
     *     empty for a server, written with Cypher over the driver ({@link CypherBatches})
     */
    SnapshotWriter(Transactions transactions, SnapshotEraser eraser, Clock clock,
            Optional<GraphDatabaseService> embedded) {
        this.transactions = transactions;
        this.embedded = embedded;
        this.eraser = eraser;
        this.clock = clock;
    }

    /** Rows per transaction; tests make it small to get several batches out of a small graph. */
    void batchSize(int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("batch size " + rows);
        }
        this.batchSize = rows;
    }

    Snapshot save(IdentityGraph graph, String label, List<SourceFile> sources, ProgressListener progress,
            WriteHook hook) throws StoreException {
        Instant createdAt = clock.instant();
        Snapshot snapshot = new Snapshot(
                newId(createdAt), label, createdAt, sources, graph.entityCount(), graph.relationCount());
        BatchSink sink = embedded.<BatchSink>map(database -> new EmbeddedBatches(database, snapshot.id()))
                .orElseGet(() -> new CypherBatches(transactions, snapshot.id()));
        begin(snapshot, sink);
        try {
            new Job(snapshot.id(), graph, progress, hook, sink).run();
            complete(snapshot.id(), sink);
            LOG.info("Stored snapshot {} ({} entities, {} relations)",
                    snapshot.id(), snapshot.entityCount(), snapshot.relationCount());
            return snapshot;
        } catch (StoreException | RuntimeException e) {
            throw abandon(snapshot.id(), e);
        }
    }

    /** A readable, time-ordered, unique id: {@code 2026-12-03T17-40-12-4f9a0c} (UTC time, random suffix). */
    static String newId(Instant createdAt) {
        return ID_TIME.format(createdAt) + "-" + "%06x".formatted(ThreadLocalRandom.current().nextInt(1 << 24));
    }

    private void begin(Snapshot snapshot, BatchSink sink) throws StoreException {
        List<Map<String, Object>> sources = IntStream.range(0, snapshot.sources().size())
                .mapToObj(i -> RowMapper.sourceFile(snapshot.id(), i, snapshot.sources().get(i)))
                .toList();
        Map<String, Object> node = Map.of(
                "id", snapshot.id(),
                "label", snapshot.label(),
                "createdAt", SnapshotEraser.utc(snapshot.createdAt()),
                "updatedAt", SnapshotEraser.utc(clock.instant()),
                "status", "importing",
                "entityCount", snapshot.entityCount(),
                "relationCount", snapshot.relationCount());
        sink.begin(node, sources);
    }

    private void complete(String snapshotId, BatchSink sink) throws StoreException {
        if (sink.complete(SnapshotEraser.utc(clock.instant())) != 1) {
            throw new StoreException("Snapshot " + snapshotId + " disappeared while it was being stored.");
        }
    }

    private StoreException abandon(String snapshotId, Exception cause) {
        boolean interrupted = Thread.interrupted();
        try {
            eraser.erase(snapshotId);
        } catch (StoreException | RuntimeException cleanupFailure) {
            cause.addSuppressed(cleanupFailure);
            LOG.warn("Could not remove the partial snapshot {}; it is removed when the store opens next",
                    snapshotId, cleanupFailure);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        if (interrupted || cause instanceof CancellationException) {
            return new StoreException("The import was cancelled; nothing was stored.", cause);
        }
        return new StoreException("Could not store the snapshot; nothing was stored. " + cause.getMessage(), cause);
    }

    /** The batches of one save, with the running count for progress. */
    private final class Job {
        private final String snapshotId;
        private final IdentityGraph graph;
        private final ProgressListener progress;
        private final WriteHook hook;
        private final long total;
        private final BatchSink sink;
        private long written;

        Job(String snapshotId, IdentityGraph graph, ProgressListener progress, WriteHook hook, BatchSink sink) {
            this.snapshotId = snapshotId;
            this.graph = graph;
            this.progress = progress;
            this.hook = hook;
            this.total = (long) graph.entityCount() + graph.grants().size() + graph.relationCount();
            this.sink = sink;
        }

        void run() throws StoreException {
            progress.progress("Storing entities", 0, total);
            write("entities", BatchSink.Rows.ENTITIES, new ArrayList<>(graph.entities()),
                    entity -> RowMapper.entity(snapshotId, entity), Counting.COUNTED);
            write("grants", BatchSink.Rows.GRANTS, new ArrayList<>(graph.grants()),
                    grant -> RowMapper.grant(snapshotId, grant), Counting.COUNTED);
            EvidenceTable evidence = EvidenceTable.of(graph.relations());
            List<Integer> numbers = IntStream.range(0, evidence.distinct().size()).boxed().toList();
            write("evidence", BatchSink.Rows.EVIDENCE, numbers,
                    n -> RowMapper.evidence(snapshotId, n, evidence.distinct().get(n)), Counting.UNCOUNTED);
            write("relations", BatchSink.Rows.RELATIONS, new ArrayList<>(graph.relations()),
                    relation -> RowMapper.relation(snapshotId, relation, evidence), Counting.CHECKED);
        }

        private <T> void write(String phase, BatchSink.Rows kind, List<T> items,
                Function<T, Map<String, Object>> toRow, Counting counting) throws StoreException {
            int batchSize = SnapshotWriter.this.batchSize;
            for (int from = 0; from < items.size(); from += batchSize) {
                checkNotCancelled();
                hook.beforeBatch(snapshotId, phase, written);
                List<Map<String, Object>> rows =
                        items.subList(from, Math.min(items.size(), from + batchSize)).stream().map(toRow).toList();
                long created = sink.write(kind, rows, SnapshotEraser.utc(clock.instant()));
                if (counting == Counting.CHECKED && created != rows.size()) {
                    throw new StoreException((rows.size() - created) + " relations refer to entities that were not stored.");
                }
                if (counting != Counting.UNCOUNTED) {
                    written += rows.size();
                    progress.progress("Storing " + phase, written, total);
                }
            }
        }

        private void checkNotCancelled() {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("import of snapshot " + snapshotId + " cancelled");
            }
        }
    }

    /** Whether a phase's rows count for progress, and whether the statement's {@code created} count is checked. */
    private enum Counting { COUNTED, UNCOUNTED, CHECKED }
}
