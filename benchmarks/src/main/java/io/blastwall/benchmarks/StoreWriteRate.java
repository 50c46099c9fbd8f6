package io.blastwall.benchmarks;

import io.blastwall.analysis.ProgressListener;
import io.blastwall.app.store.Neo4jGraphStore;
import io.blastwall.app.store.StoreException;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Snapshot;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes one generated snapshot twice to a fresh embedded Neo4j (in a temporary directory, removed afterwards)
 * through the store's own {@code save}, and prints the rates: the first write is what a CLI import meets (cold JVM
 * and database), the second what a long-running window meets. The process CPU time beside each says what the
 * write costs on a shared machine, whatever the load.
 */
final class StoreWriteRate {
    private StoreWriteRate() {}

    /** CPU time of the whole JVM so far; on a shared machine it says what the write costs, whatever the load. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static void run(EstateSize size, PrintStream out) throws IOException, StoreException {
        IdentityGraph graph = EstateGenerator.generate(size);
        Path dir = Files.createTempDirectory("blastwall-store-bench");
        try (Neo4jGraphStore store = Neo4jGraphStore.embedded(dir)) {
            out.printf("== store write: %s%n", size.describe());
            write(store, graph, "first write (fresh JVM and database, as a CLI import)", out);
            write(store, graph, "second write (same JVM, a second snapshot beside the first)", out);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void write(Neo4jGraphStore store, IdentityGraph graph, String what, PrintStream out)
            throws StoreException {
        long[] relationsStart = {0};
        ProgressListener phases = (message, done, total) -> {
            if (!message.equals("Storing relations")) {
                relationsStart[0] = System.nanoTime();
            }
        };
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        Snapshot saved = store.save(graph, "benchmark", List.of(), phases);
        long end = System.nanoTime();
        double seconds = (end - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
        // From the last report of another phase (the last grant batch); the evidence nodes, if any, are included.
        double relationSeconds = (end - relationsStart[0]) / 1e9;
        out.printf("%s:%n", what);
        out.printf("  %,d entities, %,d grants, %,d relations written in %.1f s: %,.0f relations/s "
                        + "(%,.0f items/s, entities and grants included)   target >= 50,000 relations/s%n",
                saved.entityCount(), graph.grants().size(), saved.relationCount(), seconds,
                saved.relationCount() / seconds,
                (saved.entityCount() + graph.grants().size() + saved.relationCount()) / seconds);
        out.printf("  relations phase: %.1f s, %,.0f relations/s%n", relationSeconds,
                saved.relationCount() / relationSeconds);
        out.printf("  process CPU time during the write: %.1f s (all threads, GC, JIT and Neo4j included): "
                + "%,.0f relations per CPU second%n", cpuSeconds, saved.relationCount() / cpuSeconds);
    }
}
