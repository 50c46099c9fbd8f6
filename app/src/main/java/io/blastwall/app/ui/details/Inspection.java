package io.blastwall.app.ui.details;

import java.util.List;
import java.util.Objects;

/** Everything the inspector shows for one selected thing. */
record Inspection(String title, String subtitle, List<DetailRow> rows, List<EvidenceItem> evidence) {
    static final Inspection NOTHING = new Inspection("Nothing selected", "Click a node or an edge of the graph",
            List.of(), List.of());

    /** This inspection with one more line at the end, unless {@code value} is blank. */
    Inspection withRow(String name, String value) {
        if (value.isBlank()) {
            return this;
        }
        java.util.List<DetailRow> more = new java.util.ArrayList<>(rows);
        more.add(new DetailRow(name, value));
        return new Inspection(title, subtitle, more, evidence);
    }

    Inspection {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        rows = List.copyOf(rows);
        evidence = List.copyOf(evidence);
    }
}
