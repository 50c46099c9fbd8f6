package io.blastwall.app;

import io.blastwall.importer.ImportWarning;
import io.blastwall.model.Snapshot;
import java.util.List;
import java.util.Objects;

/** A stored snapshot and the warnings its import produced. */
public record ImportOutcome(Snapshot snapshot, List<ImportWarning> warnings) {
    public ImportOutcome {
        Objects.requireNonNull(snapshot, "snapshot");
        warnings = List.copyOf(warnings);
    }
}
