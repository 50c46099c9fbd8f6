package io.blastwall.app.ui.details;

import java.util.List;
import java.util.Objects;

/** Everything the inspector shows for one selected thing. */
record Inspection(String title, String subtitle, List<DetailRow> rows, List<EvidenceItem> evidence) {
    static final Inspection NOTHING = new Inspection("Nothing selected", "Click a node or an edge of the graph",
            List.of(), List.of());

    Inspection {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        rows = List.copyOf(rows);
        evidence = List.copyOf(evidence);
    }
}
