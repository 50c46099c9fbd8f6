package io.blastwall.benchmarks;

import io.blastwall.analysis.ProgressListener;
import io.blastwall.app.store.Neo4jGraphStore;
import io.blastwall.app.store.StoreException;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Snapshot;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes one generated snapshot to a fresh embedded Neo4j (in a temporary directory, removed afterwards) through
 * the store's own {@code save}, and prints the rate. One shot: the store's write path is bound by disk and by
 * Neo4j, not by JIT warm-up.
 */
final class StoreWriteRate {
    private StoreWriteRate() {}

    static void run(EstateSize size, PrintStream out) throws IOException, StoreException {
        IdentityGraph graph = EstateGenerator.generate(size);
        Path dir = Files.createTempDirectory("blastwall-store-bench");
        try (Neo4jGraphStore store = Neo4jGraphStore.embedded(dir)) {
            long start = System.nanoTime();
            Snapshot saved = store.save(graph, "benchmark", List.of(), ProgressListener.NONE);
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf("== store write: %s%n", size.describe());
            out.printf("%,d entities, %,d grants, %,d relations written in %.1f s: %,.0f relations/s "
                            + "(%,.0f items/s, entities and grants included)   target >= 50,000 relations/s%n",
                    saved.entityCount(), graph.grants().size(), saved.relationCount(), seconds,
                    saved.relationCount() / seconds,
                    (saved.entityCount() + graph.grants().size() + saved.relationCount()) / seconds);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
