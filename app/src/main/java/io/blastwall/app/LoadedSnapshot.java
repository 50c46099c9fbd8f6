package io.blastwall.app;

import io.blastwall.analysis.Analysis;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Snapshot;
import java.util.Objects;

/** A snapshot read back from the store, with its analysis built once. */
public record LoadedSnapshot(Snapshot snapshot, IdentityGraph graph, Analysis analysis) {
    public LoadedSnapshot {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(analysis, "analysis");
    }
}
