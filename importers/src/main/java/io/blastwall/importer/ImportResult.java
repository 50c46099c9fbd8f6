package io.blastwall.importer;

import io.blastwall.model.IdentityGraph;
import io.blastwall.model.SourceFile;
import java.util.List;
import java.util.Objects;

/** What an import produced: the graph, the inputs it came from, and per-record warnings. */
public record ImportResult(IdentityGraph graph, List<SourceFile> sources, List<ImportWarning> warnings) {
    public ImportResult {
        Objects.requireNonNull(graph, "graph");
        sources = List.copyOf(sources);
        warnings = List.copyOf(warnings);
    }
}
