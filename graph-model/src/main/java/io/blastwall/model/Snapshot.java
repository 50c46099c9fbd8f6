package io.blastwall.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** One import of one or more sources at one point in time. */
public record Snapshot(
        String id, String label, Instant createdAt, List<SourceFile> sources, int entityCount, int relationCount) {
    public Snapshot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(createdAt, "createdAt");
        sources = List.copyOf(sources);
    }
}
